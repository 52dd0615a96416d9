import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One OpenActive RPDE item per opportunity that has ever been published.
 * Database triggers keep it current: every change to a published
 * opportunity, its sessions, tags or provider sets `change_number`, and an
 * opportunity that leaves `published` becomes a tombstone (`deleted_at`).
 * There is no foreign key, so a tombstone outlives its opportunity.
 */
@Entity('open_data_feed_items')
@Index('IDX_open_data_feed_items_order', ['changeNumber', 'opportunityId'])
export class OpenDataFeedItem {
  @PrimaryColumn({ name: 'opportunity_id', type: 'uuid' })
  opportunityId!: string;

  /**
   * The 64-bit id of the transaction that made the last change
   * (`pg_current_xact_id()`), which is the RPDE `modified` value.
   */
  @Column({ name: 'change_number', type: 'bigint' })
  changeNumber!: string;

  @Column({ name: 'modified_at', type: 'timestamptz' })
  modifiedAt!: Date;

  /** Set while the opportunity is not published; the item is a tombstone. */
  @Index('IDX_open_data_feed_items_deleted_at')
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}

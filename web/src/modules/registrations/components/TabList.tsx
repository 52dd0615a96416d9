import type { KeyboardEvent } from 'react';

export interface TabItem<TKey extends string> {
  key: TKey;
  label: string;
}

interface TabListProps<TKey extends string> {
  tabs: readonly TabItem<TKey>[];
  selected: TKey;
  label: string;
  /** Builds the ids that tie each tab to its panel. */
  idOf: (key: TKey, part: 'tab' | 'panel') => string;
  onSelect: (key: TKey) => void;
}

/**
 * Renders the ARIA tabs pattern with automatic activation: the arrow keys,
 * Home and End move between tabs and select them, and only the selected tab
 * is in the Tab order.
 */
export function TabList<TKey extends string>({
  tabs,
  selected,
  label,
  idOf,
  onSelect,
}: TabListProps<TKey>) {
  function moveTo(index: number) {
    const tab = tabs[(index + tabs.length) % tabs.length];
    if (tab === undefined) return;

    onSelect(tab.key);
    document.getElementById(idOf(tab.key, 'tab'))?.focus();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const current = tabs.findIndex((tab) => tab.key === selected);
    const targets: Record<string, number> = {
      ArrowRight: current + 1,
      ArrowLeft: current - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const target = targets[event.key];
    if (target === undefined) return;

    event.preventDefault();
    moveTo(target);
  }

  return (
    <div
      role="tablist"
      aria-label={label}
      className="tabs__list"
      onKeyDown={handleKeyDown}
    >
      {tabs.map((tab) => (
        <button
          key={tab.key}
          id={idOf(tab.key, 'tab')}
          type="button"
          role="tab"
          className="tabs__tab"
          aria-selected={tab.key === selected}
          aria-controls={idOf(tab.key, 'panel')}
          tabIndex={tab.key === selected ? 0 : -1}
          onClick={() => onSelect(tab.key)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';

import { Public } from '../../common/auth/access.decorators.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AppSettingsModel } from './dto/app-settings.model.js';

@Resolver()
export class AppSettingsResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @Query(() => AppSettingsModel)
  appSettings(): AppSettingsModel {
    return {
      tileUrl: this.config.tileUrl,
      tileAttribution: this.config.tileAttribution,
    };
  }
}

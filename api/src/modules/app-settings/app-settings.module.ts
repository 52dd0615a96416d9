import { Module } from '@nestjs/common';

import { AppSettingsResolver } from './app-settings.resolver.js';

@Module({ providers: [AppSettingsResolver] })
export class AppSettingsModule {}

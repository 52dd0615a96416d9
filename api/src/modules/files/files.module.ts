import { Module } from '@nestjs/common';

import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { FilesController } from './files.controller.js';
import { FilesRepository } from './files.repository.js';
import { FilesService } from './files.service.js';
import { FILE_STORAGE } from './storage/file-storage.js';
import { LocalFolderStorage } from './storage/local-folder-storage.js';

@Module({
  imports: [OrganisationsModule],
  controllers: [FilesController],
  providers: [
    FilesRepository,
    FilesService,
    {
      // The one place that picks the storage; an S3-compatible store would
      // be chosen here from the config.
      provide: FILE_STORAGE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new LocalFolderStorage(config.uploadDir),
    },
  ],
  exports: [FILE_STORAGE, FilesRepository, FilesService],
})
export class FilesModule {}

import { Module } from '@nestjs/common';

import { FilesModule } from '../files/files.module.js';
import { CredentialExportsController } from './credential-exports.controller.js';
import { CredentialExportsRepository } from './credential-exports.repository.js';
import { CredentialExportsService } from './credential-exports.service.js';
import { Ob2Controller } from './ob2/ob2.controller.js';

@Module({
  imports: [FilesModule],
  controllers: [CredentialExportsController, Ob2Controller],
  providers: [CredentialExportsRepository, CredentialExportsService],
  exports: [CredentialExportsService],
})
export class CredentialExportsModule {}

import { Module } from '@nestjs/common';

import { OrganisationsModule } from '../organisations/organisations.module.js';
import { DidDocumentController } from './did-document.controller.js';
import { IssuerDocuments } from './issuer-documents.js';
import { IssuerKeysRepository } from './issuer-keys.repository.js';
import { IssuersResolver } from './issuers.resolver.js';
import { IssuersService } from './issuers.service.js';
import { KeyVault } from './key-vault.js';

@Module({
  imports: [OrganisationsModule],
  controllers: [DidDocumentController],
  providers: [
    IssuerDocuments,
    IssuerKeysRepository,
    IssuersResolver,
    IssuersService,
    KeyVault,
  ],
  exports: [IssuerDocuments, IssuersService],
})
export class IssuersModule {}

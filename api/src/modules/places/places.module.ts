import { Module } from '@nestjs/common';

import { PlacesRepository } from './places.repository.js';
import { PlacesResolver } from './places.resolver.js';
import { PlacesService } from './places.service.js';

@Module({
  providers: [PlacesRepository, PlacesService, PlacesResolver],
  exports: [PlacesRepository, PlacesService],
})
export class PlacesModule {}

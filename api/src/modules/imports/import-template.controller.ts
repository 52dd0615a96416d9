import { Controller, Get, Header } from '@nestjs/common';

import { Public } from '../../common/auth/access.decorators.js';
import {
  buildImportTemplate,
  IMPORT_TEMPLATE_FILE_NAME,
} from './import-template.js';

/**
 * `GET /api/opportunity-imports/template.csv`: a CSV file to start an
 * import from. It contains no organisation's data, so anyone may download it.
 */
@Public()
@Controller('api/opportunity-imports')
export class ImportTemplateController {
  @Get('template.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header(
    'Content-Disposition',
    `attachment; filename="${IMPORT_TEMPLATE_FILE_NAME}"`,
  )
  @Header('X-Content-Type-Options', 'nosniff')
  template(): string {
    return buildImportTemplate(new Date());
  }
}

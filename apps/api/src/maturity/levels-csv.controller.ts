import { Controller, Get, HttpException, HttpStatus, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { DomainError } from '@norte/domain';
import type { MaturityLevelsCsv } from './dto/maturity.types';
import { GetMaturityLevelsCsv } from './maturity.queries';

/** The part of Express's response this controller uses. */
interface Response {
  status(code: number): Response;
  set(headers: Record<string, string>): Response;
  send(body: string): Response;
}

const STATUS = { BAD_USER_INPUT: HttpStatus.BAD_REQUEST, NOT_FOUND: HttpStatus.NOT_FOUND, CONFLICT: HttpStatus.CONFLICT, FORBIDDEN: HttpStatus.FORBIDDEN } as const;

/** GET /export/levels.csv?asOf=&knownAt=&modelVersion=&minPosition= — the CSV of maturityLevelsCsv as a download. */
@Controller('export')
export class LevelsCsvController {
  constructor(private readonly queries: QueryBus) {}

  @Get('levels.csv')
  async levels(
    @Res() response: Response,
    @Query('asOf') asOf?: string,
    @Query('knownAt') knownAt?: string,
    @Query('modelVersion') modelVersion?: string,
    @Query('minPosition') minPosition?: string,
  ): Promise<void> {
    let csv: MaturityLevelsCsv;
    try {
      if (modelVersion !== undefined && !/^\d{1,9}$/.test(modelVersion)) throw new DomainError('BAD_USER_INPUT', 'modelVersion must be a whole number', 'modelVersion');
      if (minPosition !== undefined && !/^\d{1,20}$/.test(minPosition)) throw new DomainError('BAD_USER_INPUT', 'minPosition must be a whole number', 'minPosition');
      const input = { asOf, knownAt, modelVersion: modelVersion === undefined ? undefined : Number(modelVersion) };
      csv = await this.queries.execute(new GetMaturityLevelsCsv(input, minPosition === undefined ? undefined : BigInt(minPosition)));
    } catch (error) {
      if (error instanceof DomainError) throw new HttpException({ code: error.code, field: error.field, message: error.message }, STATUS[error.code]);
      throw error;
    }
    response
      .status(HttpStatus.OK)
      .set({
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="norte-levels-${csv.asOf}-p${csv.position}.csv"`,
        'X-Norte-Position': csv.position.toString(),
      })
      .send(csv.csv);
  }
}

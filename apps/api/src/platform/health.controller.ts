import { Controller, Get } from '@nestjs/common';
import { ReadModels } from './read-models';

@Controller()
export class HealthController {
  constructor(private readonly readModels: ReadModels) {}

  @Get('healthz')
  health() {
    return { status: 'ok', position: this.readModels.position.toString() };
  }
}

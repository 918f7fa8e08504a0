import { Injectable } from '@nestjs/common';

import { type JobDefinition } from './job-definition';

/**
 * Every kind of job the application has. Feature modules register their handlers in `onModuleInit`;
 * the queue creates the queues, schedules and workers from this list when the application starts.
 */
@Injectable()
export class JobRegistry {
  private readonly definitions = new Map<string, JobDefinition>();

  register<TData extends object>(definition: JobDefinition<TData>): void {
    if (this.definitions.has(definition.name)) {
      throw new Error(`Job ${definition.name} is registered twice.`);
    }
    this.definitions.set(definition.name, definition);
  }

  all(): readonly JobDefinition[] {
    return [...this.definitions.values()];
  }

  has(name: string): boolean {
    return this.definitions.has(name);
  }
}

import { DomainError } from '../common/errors/domain-error';

export function seriesNotFound(id: string): DomainError {
  return new DomainError('NOT_FOUND', `No info series ${id}.`, { id, entity: 'InfoSeries' });
}

export function sessionNotFound(id: string): DomainError {
  return new DomainError('NOT_FOUND', `No info session ${id}.`, { id, entity: 'InfoSession' });
}

export function presentationNotFound(id: string): DomainError {
  return new DomainError('NOT_FOUND', `No presentation ${id}.`, {
    id,
    entity: 'InfoPresentation',
  });
}

export function networkNotFound(slug: string): DomainError {
  return new DomainError('NOT_FOUND', `No network ${slug}.`, { slug, entity: 'Network' });
}

import { DomainError } from '../common/errors/domain-error';
import { echoInput } from '../common/text/clip';

export function supportContactNotFound(id: string): DomainError {
  return new DomainError('NOT_FOUND', `No support contact ${echoInput(id)}.`, {
    id: echoInput(id),
    entity: 'SupportContact',
  });
}

export function supportTopicNotFound(id: string): DomainError {
  return new DomainError('NOT_FOUND', `No support topic ${echoInput(id)}.`, {
    id: echoInput(id),
    entity: 'SupportTopic',
  });
}

export function networkNotFound(key: string): DomainError {
  return new DomainError('NOT_FOUND', `No network ${echoInput(key)}.`, {
    key: echoInput(key),
    entity: 'Network',
  });
}

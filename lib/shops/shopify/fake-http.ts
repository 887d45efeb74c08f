import { fakeHttp as genericFakeHttp, type FakeAnswer, type RecordedRequest as Recorded } from '../../net/test-support/fake-http';

/** Test helper: the generic fake HTTP, with each request's body read as a GraphQL query. */
export { FAKE_NOW, type FakeAnswer } from '../../net/test-support/fake-http';

export type RecordedRequest = Recorded<{ query: string; variables: Record<string, unknown> }>;

export function fakeHttp(script: readonly (FakeAnswer | ((request: RecordedRequest) => FakeAnswer))[]) {
  return genericFakeHttp(script, {
    readBody: (body) => JSON.parse(typeof body === 'string' ? body : '{}') as RecordedRequest['body'],
  });
}

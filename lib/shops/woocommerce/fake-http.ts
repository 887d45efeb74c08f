import { fakeHttp as genericFakeHttp, type FakeAnswer, type RecordedRequest } from '../../net/test-support/fake-http';

/** Test helper: the generic fake HTTP, answering as WordPress does (JSON with a charset). */
export { FAKE_NOW, type FakeAnswer, type RecordedRequest } from '../../net/test-support/fake-http';

export function fakeHttp(script: readonly (FakeAnswer | ((request: RecordedRequest) => FakeAnswer))[]) {
  return genericFakeHttp(script, { contentType: 'application/json; charset=UTF-8' });
}

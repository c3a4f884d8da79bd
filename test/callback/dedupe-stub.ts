import { clearResponse, planRequest, reserveResponse } from '../../lambda-src/callback-dedupe/dedupe';
import { ILambdaStub, LambdaInvocation } from '../../src';

/**
 * The duplicate-callback handler run in process for the simulator: the handler's own request
 * parsing, key and responses (lambda-src/callback-dedupe/dedupe.ts) over a map that applies the
 * DynamoDB condition of the real store (`attribute_not_exists(pk) OR expiresAt <= :now`). The
 * simulator's stubs are synchronous, so the map replaces the asynchronous DynamoDB store.
 */
export class InProcessDedupe implements ILambdaStub {
  /** key → expiresAt (epoch seconds) */
  public readonly entries = new Map<string, number>();
  public nowMs = 1_800_000_000_000;

  public invoke(invocation: LambdaInvocation): any {
    const event = {
      Name: 'ContactFlowEvent',
      Details: { ContactData: { Attributes: invocation.attributes, ContactId: 'contact-0001' }, Parameters: invocation.parameters },
    };
    const plan = planRequest(event, this.nowMs);
    if (plan.kind === 'invalid') return plan.response;
    if (plan.kind === 'clear') {
      this.entries.delete(plan.key);
      return clearResponse();
    }
    const existing = this.entries.get(plan.key);
    const won = existing === undefined || existing <= plan.nowSeconds;
    if (won) this.entries.set(plan.key, plan.expiresAt);
    return reserveResponse(won);
  }
}

import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ContactCenter, ContactCenterProps, PhoneNumber, PhoneNumberType, QueueWithCallback, QueueWithCallbackProps } from '../../src';

/** A stack with a contact center and a claimed number. */
export function callbackStack(contactCenterProps: Partial<ContactCenterProps> = {}) {
  const app = new App();
  const stack = new Stack(app, 'Test', { env: { account: '123456789012', region: 'us-east-1' } });
  const contactCenter = new ContactCenter(stack, 'CC', { instanceAlias: 'acme-test', ...contactCenterProps });
  const number = new PhoneNumber(stack, 'Number', { contactCenter, countryCode: 'US', type: PhoneNumberType.DID });
  return { app, stack, contactCenter, number };
}

/** Props of a valid queue with callbacks, with overrides. */
export function queueProps(s: ReturnType<typeof callbackStack>, overrides: Partial<QueueWithCallbackProps> = {}): QueueWithCallbackProps {
  return {
    contactCenter: s.contactCenter,
    name: 'Support',
    outboundCallerIdName: 'Acme Support',
    outboundCallerIdNumber: s.number,
    ...overrides,
  };
}

/** A synthesized queue with callbacks. */
export function synthQueue(overrides: Partial<QueueWithCallbackProps> = {}, contactCenterProps: Partial<ContactCenterProps> = {}) {
  const s = callbackStack(contactCenterProps);
  const qwc = new QueueWithCallback(s.stack, 'Support', queueProps(s, overrides));
  const template = Template.fromStack(s.stack);
  return { ...s, qwc, template };
}

/** The flow-language document of a flow of the template, by flow name. */
export function flowDocument(template: Template, name: string): any {
  const flows = template.findResources('AWS::Connect::ContactFlow', { Properties: { Name: name } });
  const [flow] = Object.values(flows);
  if (!flow) throw new Error(`no flow named ${name}`);
  const content = flow.Properties.Content;
  // Content is a string, or Fn::Join of strings and references.
  if (typeof content === 'string') return JSON.parse(content);
  const parts = content['Fn::Join'][1].map((p: any) => (typeof p === 'string' ? p : `<${JSON.stringify(p).replace(/"/g, "'")}>`));
  return JSON.parse(parts.join(''));
}

/** One action of a flow document by identifier. */
export function action(document: any, id: string): any {
  const found = document.Actions.find((a: any) => a.Identifier === id);
  if (!found) throw new Error(`no action ${id}; actions: ${document.Actions.map((a: any) => a.Identifier).join(', ')}`);
  return found;
}

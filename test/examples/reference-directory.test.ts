import * as fs from 'fs';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ReferenceContactCenterStack } from '../../examples/reference-stack';
import { FlowSimulator, SimulationOutcome } from '../../src';
import { CliIo, main } from '../../src/cli';
import { directoryUser, extensionAnswer, lexConversation, mockDirectory } from '../directory/directory-ivr-harness';

const ROOT = path.join(__dirname, '..', '..');
const template = Template.fromStack(new ReferenceContactCenterStack(new App(), 'ReferenceContactCenter')).toJSON();
const scenarioFile = (name: string) => path.join(ROOT, 'examples', 'scenarios', `${name}.json`);
const scenario = (name: string) => FlowSimulator.parseScenario(JSON.parse(fs.readFileSync(scenarioFile(name), 'utf-8')));
const resources = Object.entries<any>(template.Resources);
const logicalId = (type: string, where: (r: any) => boolean = () => true) => resources.find(([, r]) => r.Type === type && where(r))![0];

/** The reference app's agents as SearchUsers returns them, tagged as the directory job tags them. */
const instanceId = logicalId('AWS::Connect::Instance');
const agents = resources.filter(([, r]) => r.Type === 'AWS::Connect::User').map(([id, r]) => directoryUser(
  r.Properties.Username,
  r.Properties.IdentityInfo.FirstName,
  r.Properties.IdentityInfo.LastName,
  r.Properties.Tags.find((t: any) => t.Key === 'Extension').Value,
  // the ARN the simulator gives the user
  `arn:aws:connect:us-east-1:123456789012:instance/${instanceId}/agent/${id}`,
));
const rita = agents.find((a) => a.IdentityInfo?.LastName === 'Santus')!;
/** The simulator names an agent of the template by its logical ID. */
const ritaId = logicalId('AWS::Connect::User', (r) => r.Properties.Username === 'rsantus');

let connect: ReturnType<typeof mockDirectory>;
beforeEach(() => { connect = mockDirectory(false, agents); });
afterEach(() => connect.restore());

describe('reference app directory', () => {
  const simulator = FlowSimulator.fromTemplate(template);

  test('the main number goes to the directory flow', () => {
    const number = resources.find(([, r]) => r.Type === 'Custom::ConnectPhoneNumberFlowAssociation')![1];
    expect(JSON.stringify(number.Properties)).toContain(logicalId('AWS::Connect::ContactFlow', (r) => r.Properties.Name === 'Company directory'));
  });

  test('reaching an extension: the scenario holds what the extension lookup answers for 102', async () => {
    const s = scenario('directory-extension');
    expect(s.lambdas?.DirectoryExtensionLookup).toEqual([{ response: await extensionAnswer('102') }]);
    const r = simulator.simulate(s);
    expect(r.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_QUEUE);
    expect(r.agent).toBe(ritaId);
    expect(FlowSimulator.differences(r, s.expect)).toEqual([]);
    expect(r.lambdaCalls[0].parameters).toEqual({ extension: '102' });
    expect(r.lambdaCalls[0].response).toMatchObject({ agentArn: rita.Arn });
  });

  test('reaching a person by spelled name: the scenario holds the code hook\'s result after spelling', async () => {
    const s = scenario('directory-spelled-name');
    const lex = await lexConversation([{ last: 'Fontaine', first: 'Rita' }, { last: 'S A N T U S' }]);
    expect(lex.botSaid).toEqual(['Sorry, I did not find that name. Please spell the last name, letter by letter.']);
    expect(s.inputs).toEqual([{ timeout: true }, lex.input]);
    const r = simulator.simulate(s);
    expect(r.agent).toBe(ritaId);
    expect(FlowSimulator.differences(r, s.expect)).toEqual([]);
    expect(r.prompts).toContain('Next time, you can dial extension 102 directly. Connecting you now.');
  });

  test('a department and the existing Main menu still work', () => {
    const r = simulator.simulate({ flow: 'Company directory', inputs: [{ timeout: true }, { intent: 'Sales' }] });
    expect(r.queue).toMatch(/^ContactCenterSalesQueue/);
    expect(simulator.simulate(scenario('vip-caller')).queue).toMatch(/^ContactCenterSupportQueue/);
  });

  test('the README shows the transcripts the code produces', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf-8');
    const file = 'cdk.out/ReferenceContactCenter.template.json';
    const outs: string[] = [];
    for (const name of ['directory-extension', 'directory-spelled-name']) {
      let out = '';
      const io: CliIo = {
        out: (t) => { out += t; },
        err: (t) => { throw new Error(t); },
        readFile: (p) => (p === file ? JSON.stringify(template) : fs.readFileSync(p, 'utf-8')),
        writeFile: () => { throw new Error('no files are written'); },
      };
      expect(main(['simulate', file, '--scenario', scenarioFile(name)], io)).toBe(0);
      outs.push(out.trimEnd());
    }
    if (process.env.PRINT_TRANSCRIPTS) fs.writeFileSync(process.env.PRINT_TRANSCRIPTS, outs.join('\n\n'));
    for (const out of outs) expect(readme).toContain('```\n' + out + '\n```');
  });
});

import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { LiveMediaStreamingStack } from '../../examples/live-media-stack';
import { ContactFlow, ContactFlowType, FlowSimulator, SimulationOutcome, validateFlow } from '../../src';

const stack = new LiveMediaStreamingStack(new App(), 'LiveMediaStreaming');
const template = Template.fromStack(stack);
const simulator = FlowSimulator.fromTemplate(template.toJSON());

describe('live media streaming example', () => {
  test('configures MEDIA_STREAMS with the prefix and a customer managed key', () => {
    template.hasResourceProperties('AWS::Connect::InstanceStorageConfig', {
      ResourceType: 'MEDIA_STREAMS',
      StorageType: 'KINESIS_VIDEO_STREAM',
      KinesisVideoStreamConfig: Match.objectLike({ Prefix: 'acme-live', EncryptionConfig: Match.objectLike({ EncryptionType: 'KMS' }) }),
    });
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    expect(stack.liveMedia.prefix).toBe('acme-live');
  });

  test('two inbound flows: the streamed one and the disconnect flow', () => {
    const flows = simulator.listFlows();
    expect(flows.map((f) => f.name).sort()).toEqual(['Stop streaming', 'Streamed inbound']);
    for (const res of Object.values<any>(template.findResources('AWS::Connect::ContactFlow'))) {
      expect(res.Properties.Type).toBe(ContactFlowType.CONTACT_FLOW);
    }
  });

  test('a caller is streamed into the queue, with the disconnect flow that stops streaming set', () => {
    const r = simulator.simulate({ flow: 'Streamed inbound' });
    expect(r.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_QUEUE);
    expect(r.path).toEqual(['Welcome', 'StartStreaming', 'SetDisconnectFlow', 'SetQueue', 'ToQueue']);
    expect(r.mediaStreaming).toBe(true);
    expect(r.eventHooks.CustomerRemaining).toMatch(/^DisconnectFlow/);
    expect(r.recordedActions.map((a) => [a.actionIdentifier, a.parameters.MediaStreamingState, a.result]))
      .toEqual([['StartStreaming', 'Enabled', 'success']]);
  });

  test('the disconnect flow stops streaming', () => {
    const r = simulator.simulate({ flow: 'Stop streaming' });
    expect(r.outcome).toBe(SimulationOutcome.DISCONNECTED);
    expect(r.recordedActions.map((a) => [a.actionIdentifier, a.parameters.MediaStreamingState])).toEqual([['StopStreaming', 'Disabled']]);
    expect(r.mediaStreaming).toBe(false);
  });

  test('a full queue stops streaming before the caller is disconnected', () => {
    const r = simulator.simulate({ flow: 'Streamed inbound', queueAtCapacity: true });
    expect(r.outcome).toBe(SimulationOutcome.DISCONNECTED);
    expect(r.path.slice(-4)).toEqual(['ToQueue', 'QueueFull', 'StopWhenFull', 'Goodbye']);
    expect(r.mediaStreaming).toBe(false);
  });

  test('when streaming cannot start, the caller still reaches the queue', () => {
    const r = simulator.simulate({ flow: 'Streamed inbound', actionResults: { StartStreaming: ['NoMatchingError'] } });
    expect(r.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_QUEUE);
    expect(r.path).toEqual(['Welcome', 'StartStreaming', 'SetQueue', 'ToQueue']);
    expect(r.mediaStreaming).toBe(false);
  });

  test('the flows validate with no error or warning', () => {
    const flows = stack.node.findAll().filter((c): c is ContactFlow => c instanceof ContactFlow);
    expect(flows).toHaveLength(2);
    for (const flow of flows) expect(validateFlow(flow.document, { flowType: ContactFlowType.CONTACT_FLOW })).toEqual([]);
  });
});

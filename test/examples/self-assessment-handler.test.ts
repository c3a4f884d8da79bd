import * as fs from 'fs';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { handler, next, NURSE_THRESHOLD, QUESTIONS } from '../../examples/self-assessment/handler';
import { SelfAssessmentStack } from '../../examples/self-assessment/self-assessment-stack';
import { FlowSimulator } from '../../src';

const ROOT = path.join(__dirname, '..', '..');
const SCENARIOS = path.join(ROOT, 'examples', 'self-assessment', 'scenarios');

describe('self-assessment handler', () => {
  test('asks the first question before any answer', () => {
    expect(next({ step: '0', score: '0', answer: 'none' })).toEqual({ done: 'false', step: '0', score: '0', text: QUESTIONS[0].text, nurse: 'false' });
  });

  test('key 1 adds the question\'s points, other keys none; the last answer ends it', () => {
    expect(next({ step: '0', score: '0', answer: '1' })).toMatchObject({ done: 'false', step: '1', score: String(QUESTIONS[0].points) });
    expect(next({ step: '1', score: '2', answer: '9' })).toMatchObject({ done: 'false', step: '2', score: '2' });
    const last = next({ step: String(QUESTIONS.length - 1), score: String(NURSE_THRESHOLD - 1), answer: '2' });
    expect(last).toMatchObject({ done: 'true', nurse: 'false', score: String(NURSE_THRESHOLD - 1) });
    expect(next({ step: String(QUESTIONS.length - 1), score: String(NURSE_THRESHOLD - QUESTIONS[QUESTIONS.length - 1].points), answer: '1' }))
      .toMatchObject({ done: 'true', nurse: 'true', score: String(NURSE_THRESHOLD) });
  });

  test('never throws at Connect: a malformed event starts the assessment', async () => {
    await expect(handler({} as any)).resolves.toMatchObject({ done: 'false', step: '0', text: QUESTIONS[0].text });
    await expect(handler({ Details: { Parameters: { step: 'x', score: '-4' } } })).resolves.toMatchObject({ step: '0', score: '0' });
  });

  test('every answer scripted in the scenarios is what the handler returns for the flow\'s parameters', async () => {
    const template = Template.fromStack(new SelfAssessmentStack(new App(), 'SelfAssessment')).toJSON();
    const simulator = FlowSimulator.fromTemplate(template);
    let checked = 0;
    for (const file of fs.readdirSync(SCENARIOS).filter((f) => f.endsWith('.json'))) {
      const scenario = JSON.parse(fs.readFileSync(path.join(SCENARIOS, file), 'utf-8'));
      const r = simulator.simulate(FlowSimulator.parseScenario(scenario));
      for (const call of r.lambdaCalls.filter((c) => c.failure === undefined)) {
        expect([file, call.response]).toEqual([file, await handler({ Details: { Parameters: call.parameters } })]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(12);
  });
});

import * as fs from 'fs';
import * as path from 'path';
import { CfnResource, Duration, Stack, StackProps, aws_iam as iam, aws_lambda as lambda, aws_logs as logs } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import * as ts from 'typescript';
import {
  CheckHoursOfOperation, Compare, ContactCenter, ContactFlow, ContactFlowType, Disconnect, FlowCondition, FlowContent, FlowDefinition,
  FlowValue, InvokeLambda, LambdaResponseType, LiveMediaStreaming, Message, PhoneNumberType, PlayPrompt, Schedule, SetAttributes,
  SetVoice, SetWorkingQueue, StartMediaStreaming, StopMediaStreaming, StoreCustomerInput, TransferToQueue,
} from '../../src';

/** The newest Node.js runtime of the installed aws-cdk-lib (Node.js 22 at least). */
function newestNodeRuntime(): lambda.Runtime {
  let best = lambda.Runtime.NODEJS_22_X;
  for (const value of Object.values(lambda.Runtime)) {
    const major = value instanceof lambda.Runtime ? /^nodejs(\d+)\.x$/.exec(value.name)?.[1] : undefined;
    if (major && Number(major) > Number(/^nodejs(\d+)/.exec(best.name)![1]) && !value.isVariable) best = value;
  }
  return best;
}

/**
 * A health self-check line in Spanish. A Lambda function decides the next question from the
 * contact attributes `step` and `score` and returns the text to play; the flow plays it, stores the
 * key pressed, writes the attributes back and asks the function again until it says `done`. Then it
 * says the result and, from a score of 3, puts the caller through to the nurse queue. The call's
 * audio is streamed to Kinesis Video Streams from the start and the stream stopped at the end.
 */
export class SelfAssessmentStack extends Stack {
  /** The function that decides the next question. */
  public readonly assessment: lambda.Function;
  /** The inbound flow of the number. */
  public readonly flow: ContactFlow;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const contactCenter = new ContactCenter(this, 'ContactCenter', { instanceAlias: 'salud-autoevaluacion' });
    const nurseHours = contactCenter.addHoursOfOperation('NurseHours', {
      name: 'Enfermería', timeZone: 'Europe/Madrid', schedule: Schedule.weekdays('08:00', '20:00'),
    });
    const nurses = contactCenter.addQueue('Nurses', { name: 'Enfermería', hoursOfOperation: nurseHours });
    new LiveMediaStreaming(this, 'LiveMedia', { contactCenter, prefix: 'autoevaluacion' });

    // The example's own handler (handler/index.ts), compiled to JavaScript at synth and deployed inline.
    const source = fs.readFileSync(path.join(__dirname, 'handler', 'index.ts'), 'utf-8');
    const code = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
    const logGroup = new logs.LogGroup(this, 'AssessmentLogs', { retention: logs.RetentionDays.ONE_MONTH });
    const role = new iam.Role(this, 'AssessmentRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn] }));
    this.assessment = new lambda.Function(this, 'Assessment', {
      code: lambda.Code.fromInline(code),
      handler: 'index.handler',
      runtime: newestNodeRuntime(),
      architecture: lambda.Architecture.ARM_64,
      timeout: Duration.seconds(3),
      logGroup,
      role,
    });
    const policy = role.node.findChild('DefaultPolicy').node.defaultChild as CfnResource;
    (this.assessment.node.defaultChild as CfnResource).addOverride('DependsOn', [policy.logicalId]);

    // Endings: each stops the stream first.
    const goodbye = new Disconnect('Goodbye');
    const stopAndHangUp = new StopMediaStreaming('StopStreaming').onError(goodbye);
    stopAndHangUp.next(goodbye);
    const toNurse = new TransferToQueue('ToNurse').onAtCapacity(stopAndHangUp).onError(stopAndHangUp);
    const stopBeforeNurse = new StopMediaStreaming('StopBeforeNurse').onError(toNurse);
    stopBeforeNurse.next(toNurse);
    const setNurseQueue = new SetWorkingQueue('SetNurseQueue', { queue: nurses }).onError(stopAndHangUp);
    setNurseQueue.next(stopBeforeNurse);
    const nurseClosed = new PlayPrompt('NurseClosed', {
      message: Message.text('La enfermería atiende de lunes a viernes de 8 a 20 horas. Si es urgente, llame al 112.'),
    });
    nurseClosed.next(stopAndHangUp);
    const nurseHoursCheck = new CheckHoursOfOperation('NurseOpen', { hoursOfOperation: nurseHours })
      .onInHours(setNurseQueue)
      .onOutOfHours(nurseClosed)
      .onError(nurseClosed);

    // The result: $.External is the function's last answer only.
    const needsNurse = new Compare('NeedsNurse', { value: FlowValue.external('nurse') })
      .when(FlowCondition.textEquals('true'), nurseHoursCheck)
      .otherwise(stopAndHangUp);
    const result = new PlayPrompt('Result', { message: Message.fromValue(FlowValue.external('text')) });
    result.next(needsNurse);

    // The loop: ask the function, keep step and score on the contact ($.Attributes), play its question.
    const sorry = new PlayPrompt('Sorry', {
      message: Message.text('Lo sentimos, no podemos completar la autoevaluación. Le pasamos con una enfermera.'),
    });
    sorry.next(nurseHoursCheck);
    const ask = new InvokeLambda('NextQuestion', {
      lambdaFunction: this.assessment,
      timeout: Duration.seconds(3),
      responseType: LambdaResponseType.JSON,
      parameters: { step: FlowValue.attribute('step'), score: FlowValue.attribute('score'), answer: FlowValue.attribute('answer') },
    });
    ask.onError(sorry);
    const question = new StoreCustomerInput('Question', {
      prompt: Message.fromValue(FlowValue.external('text')),
      maxDigits: 1,
      timeout: Duration.seconds(8),
    });
    question.onError(sorry);
    const saveAnswer = new SetAttributes('SaveAnswer', { attributes: { answer: FlowValue.storedInput() } });
    saveAnswer.next(ask);
    question.next(saveAnswer);
    const isDone = new Compare('IsDone', { value: FlowValue.external('done') })
      .when(FlowCondition.textEquals('true'), result)
      .otherwise(question);
    const saveState = new SetAttributes('SaveState', {
      attributes: { step: FlowValue.external('step'), score: FlowValue.external('score') },
    });
    saveState.next(isDone);
    ask.next(saveState);

    // The start: Spanish voice, streaming, a welcome, then the first question.
    const start = new SetAttributes('Start', {
      attributes: { step: FlowValue.literal('0'), score: FlowValue.literal('0'), answer: FlowValue.literal('none') },
    });
    start.next(ask);
    const welcome = new PlayPrompt('Welcome', {
      message: Message.text('Bienvenido a la línea de autoevaluación de salud. Le haremos tres preguntas. Esta llamada se graba.'),
    });
    welcome.next(start);
    const startStreaming = new StartMediaStreaming('StartStreaming', { fromCustomer: true, toCustomer: true }).onError(welcome);
    startStreaming.next(welcome);
    const voice = new SetVoice('SpanishVoice', { voice: 'Lucia' });
    voice.next(startStreaming);

    this.flow = new ContactFlow(this, 'AssessmentFlow', {
      contactCenter,
      name: 'Autoevaluación',
      type: ContactFlowType.CONTACT_FLOW,
      content: FlowContent.fromDefinition(FlowDefinition.startWith(voice, { errorHandler: stopAndHangUp })),
    });
    contactCenter.addPhoneNumber('Number', { countryCode: 'ES', type: PhoneNumberType.DID, inboundFlow: this.flow });
  }
}

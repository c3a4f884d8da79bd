/**
 * The action types of the flow language: every type listed on the API reference's "Flow language"
 * actions pages, in the spelling the live service takes, plus the older types real exports use.
 */
export enum ActionType {
  // Participant actions
  CONNECT_PARTICIPANT_WITH_LEX_BOT = 'ConnectParticipantWithLexBot',
  DISCONNECT_PARTICIPANT = 'DisconnectParticipant',
  GET_PARTICIPANT_INPUT = 'GetParticipantInput',
  MESSAGE_PARTICIPANT = 'MessageParticipant',
  MESSAGE_PARTICIPANT_ITERATIVELY = 'MessageParticipantIteratively',
  SHOW_VIEW = 'ShowView',
  TRANSFER_PARTICIPANT_TO_THIRD_PARTY = 'TransferParticipantToThirdParty',
  // Flow control actions
  CHECK_HOURS_OF_OPERATION = 'CheckHoursOfOperation',
  CHECK_METRIC_DATA = 'CheckMetricData',
  CHECK_OUTBOUND_CALL_STATUS = 'CheckOutboundCallStatus',
  CHECK_VOICE_ID = 'CheckVoiceId',
  COMPARE = 'Compare',
  DISTRIBUTE_BY_PERCENTAGE = 'DistributeByPercentage',
  END_FLOW_EXECUTION = 'EndFlowExecution',
  GET_METRIC_DATA = 'GetMetricData',
  LOOP = 'Loop',
  START_VOICE_ID_STREAM = 'StartVoiceIdStream',
  TRANSFER_TO_FLOW = 'TransferToFlow',
  UPDATE_FLOW_ATTRIBUTES = 'UpdateFlowAttributes',
  UPDATE_FLOW_LOGGING_BEHAVIOR = 'UpdateFlowLoggingBehavior',
  UPDATE_CONTACT_ROUTING_CRITERIA = 'UpdateContactRoutingCriteria',
  WAIT = 'Wait',
  // Interactions
  ASSOCIATE_CONTACT_TO_CUSTOMER_PROFILE = 'AssociateContactToCustomerProfile',
  CREATE_CALLBACK_CONTACT = 'CreateCallbackContact',
  CREATE_CUSTOMER_PROFILE = 'CreateCustomerProfile',
  GET_CALCULATED_ATTRIBUTES_FOR_CUSTOMER_PROFILE = 'GetCalculatedAttributesForCustomerProfile',
  GET_CUSTOMER_PROFILE = 'GetCustomerProfile',
  GET_CUSTOMER_PROFILE_OBJECT = 'GetCustomerProfileObject',
  INVOKE_LAMBDA_FUNCTION = 'InvokeLambdaFunction',
  UPDATE_CUSTOMER_PROFILE = 'UpdateCustomerProfile',
  // Contact actions
  COMPLETE_OUTBOUND_CALL = 'CompleteOutboundCall',
  CREATE_CASE = 'CreateCase',
  CREATE_TASK = 'CreateTask',
  CREATE_WISDOM_SESSION = 'CreateWisdomSession',
  DEQUEUE_CONTACT_AND_TRANSFER_TO_QUEUE = 'DequeueContactAndTransferToQueue',
  END_FLOW_MODULE_EXECUTION = 'EndFlowModuleExecution',
  GET_CASE = 'GetCase',
  INVOKE_FLOW_MODULE = 'InvokeFlowModule',
  RESUME_CONTACT = 'ResumeContact',
  START_OUTBOUND_CHAT_CONTACT = 'StartOutboundChatContact',
  TAG_CONTACT = 'TagContact',
  TRANSFER_CONTACT_TO_AGENT = 'TransferContactToAgent',
  TRANSFER_CONTACT_TO_QUEUE = 'TransferContactToQueue',
  UNTAG_CONTACT = 'UntagContact',
  UPDATE_CASE = 'UpdateCase',
  UPDATE_CONTACT_ATTRIBUTES = 'UpdateContactAttributes',
  UPDATE_CONTACT_CALLBACK_NUMBER = 'UpdateContactCallbackNumber',
  UPDATE_CONTACT_DATA = 'UpdateContactData',
  UPDATE_CONTACT_EVENT_HOOKS = 'UpdateContactEventHooks',
  UPDATE_CONTACT_MEDIA_PROCESSING = 'UpdateContactMediaProcessing',
  UPDATE_CONTACT_MEDIA_STREAMING_BEHAVIOR = 'UpdateContactMediaStreamingBehavior',
  UPDATE_CONTACT_RECORDING_AND_ANALYTICS_BEHAVIOR = 'UpdateContactRecordingAndAnalyticsBehavior',
  UPDATE_CONTACT_RECORDING_BEHAVIOR = 'UpdateContactRecordingBehavior',
  UPDATE_CONTACT_ROUTING_BEHAVIOR = 'UpdateContactRoutingBehavior',
  UPDATE_CONTACT_TARGET_QUEUE = 'UpdateContactTargetQueue',
  UPDATE_CONTACT_TEXT_TO_SPEECH_VOICE = 'UpdateContactTextToSpeechVoice',
  UPDATE_PREVIOUS_CONTACT_PARTICIPANT_STATE = 'UpdatePreviousContactParticipantState',
}

/** Every action type, in the spelling the service takes. */
export const ACTION_TYPES: readonly ActionType[] = Object.values(ActionType);

const KNOWN = new Set<string>(ACTION_TYPES);

/** true for an action type the service takes. */
export function isActionType(value: unknown): value is ActionType {
  return typeof value === 'string' && KNOWN.has(value);
}

/**
 * Spellings the documentation uses that the live service rejects as unknown types, with the
 * spelling it takes.
 */
export const MISSPELLED_ACTION_TYPES: { readonly [wrong: string]: ActionType } = {
  UnTagContact: ActionType.UNTAG_CONTACT,
  UpdateRoutingCriteria: ActionType.UPDATE_CONTACT_ROUTING_CRITERIA,
};

/** The known type a misspelled or differently cased type stands for, if any. */
export function suggestActionType(type: string): ActionType | undefined {
  if (Object.prototype.hasOwnProperty.call(MISSPELLED_ACTION_TYPES, type)) return MISSPELLED_ACTION_TYPES[type];
  const lower = type.toLowerCase();
  return ACTION_TYPES.find((t) => t.toLowerCase() === lower);
}

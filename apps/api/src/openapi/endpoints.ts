import { z, type ZodType } from 'zod';
import {
  AsOfQuery,
  AuditPage,
  AuditQuery,
  CommandAcceptedBody,
  CommandBody,
  EvaluateBody,
  EvaluationResult,
  HistoryPage,
  HistoryQuery,
  InstrumentPathParams,
  InstrumentState,
  RegisterDirectionBody,
  Registered,
  RegisterNoticeBody,
  RegisterPage,
  RegisterQuery,
  RulebookId,
  RulebookSummary,
  Timeline,
  TokenList,
  TokensQuery,
  WhatIfBody,
} from '@cs/domain';

/** One route as the OpenAPI document describes it; the schemas are the ones the API validates with. */
export interface Endpoint {
  method: 'get' | 'post';
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** false: no token needed. Otherwise the roles allowed (all when omitted). */
  auth?: false | { roles?: string[] };
  pathParams?: z.ZodObject;
  query?: z.ZodObject;
  idempotencyKey?: boolean;
  body?: { name: string; schema: ZodType };
  response: { status: number; name: string; schema: ZodType; description: string };
  errors: (400 | 401 | 403 | 404 | 409 | 503)[]; // 429 applies to every route
}

const instrument = '/instruments/{type}/{council}/{startedOn}';
const authenticated = [401, 503] as const;

export const endpoints: Endpoint[] = [
  {
    method: 'post',
    path: '/notices',
    tag: 'registration',
    summary: 'Register an improvement notice',
    description:
      'Starts the notice workflow with the notice.issued command. Its id is notice/<council>/<effectiveOn>. The roles allowed are those of mayRecord["notice.issued"].',
    body: { name: 'RegisterNoticeBody', schema: RegisterNoticeBody },
    response: { status: 201, name: 'Registered', schema: Registered, description: 'the notice is registered' },
    errors: [400, ...authenticated, 403, 409],
  },
  {
    method: 'post',
    path: '/directions',
    tag: 'registration',
    summary: 'Register a statutory direction made directly',
    body: { name: 'RegisterDirectionBody', schema: RegisterDirectionBody },
    response: { status: 201, name: 'Registered', schema: Registered, description: 'the direction is registered' },
    errors: [400, ...authenticated, 403, 409],
  },
  {
    method: 'get',
    path: '/register',
    tag: 'register',
    summary: 'List the register (filters and paging)',
    description: 'Read from the Postgres read model the workflows project. Council users see their own council only.',
    query: RegisterQuery,
    response: { status: 200, name: 'RegisterPage', schema: RegisterPage, description: 'one page of the register' },
    errors: [400, ...authenticated, 403],
  },
  {
    method: 'get',
    path: instrument,
    tag: 'instruments',
    summary: "An instrument's live state",
    description: 'Phase, obligations, flags, open decisions with their explanations (rule, version, clause, inputs), next due date.',
    pathParams: InstrumentPathParams,
    query: AsOfQuery,
    response: { status: 200, name: 'InstrumentState', schema: InstrumentState, description: 'the state as of the date' },
    errors: [400, ...authenticated, 403, 404],
  },
  {
    method: 'get',
    path: `${instrument}/timeline`,
    tag: 'instruments',
    summary: 'Past facts and what is due',
    pathParams: InstrumentPathParams,
    query: AsOfQuery,
    response: { status: 200, name: 'Timeline', schema: Timeline, description: 'the timeline' },
    errors: [400, ...authenticated, 403, 404],
  },
  {
    method: 'post',
    path: `${instrument}/commands`,
    tag: 'commands',
    summary: 'Give a lifecycle command',
    description:
      'Every lifecycle command (adviser, plan, objectives, board, review, self-assessment, inspection, flexibility, assessment decision, commissioner, direction, continuing board) as {type, effectiveOn, payload}. Checked by role and council here, then by the workflow update validator; 403 or 409 carry its reason. Idempotency-Key becomes the update id and the fact id: a retry returns the first answer and has one effect. Every outcome is written to the audit log.',
    pathParams: InstrumentPathParams,
    idempotencyKey: true,
    body: { name: 'Command', schema: CommandBody },
    response: { status: 200, name: 'CommandAccepted', schema: CommandAcceptedBody, description: 'the command was recorded (or had been, for a retry)' },
    errors: [400, ...authenticated, 403, 404, 409],
  },
  {
    method: 'get',
    path: `${instrument}/audit`,
    tag: 'audit',
    summary: "An instrument's audit trail",
    pathParams: InstrumentPathParams,
    query: AuditQuery,
    response: { status: 200, name: 'AuditPage', schema: AuditPage, description: 'one page of the audit trail, oldest first' },
    errors: [400, ...authenticated, 403],
  },
  {
    method: 'get',
    path: `${instrument}/history`,
    tag: 'history',
    summary: 'Temporal event history (admin)',
    auth: { roles: ['admin'] },
    pathParams: InstrumentPathParams,
    query: HistoryQuery,
    response: { status: 200, name: 'HistoryPage', schema: HistoryPage, description: 'one page of events, with a link to the Temporal Web UI' },
    errors: [400, ...authenticated, 403, 404],
  },
  {
    method: 'post',
    path: `${instrument}/what-if`,
    tag: 'rulebooks',
    summary: "What-if: evaluate an instrument's facts under chosen rulebooks and date",
    pathParams: InstrumentPathParams,
    body: { name: 'WhatIfBody', schema: WhatIfBody },
    response: { status: 200, name: 'EvaluationResult', schema: EvaluationResult, description: 'what the rules say' },
    errors: [400, ...authenticated, 403, 404],
  },
  {
    method: 'get',
    path: '/rulebooks',
    tag: 'rulebooks',
    summary: 'List rulebooks and amendments',
    response: { status: 200, name: 'RulebookList', schema: z.array(RulebookSummary), description: 'every rulebook' },
    errors: [...authenticated],
  },
  {
    method: 'get',
    path: '/rulebooks/{id}',
    tag: 'rulebooks',
    summary: 'Show a rulebook: parameters with dated values and citations, rules with clauses',
    pathParams: z.object({ id: RulebookId }),
    response: { status: 200, name: 'Rulebook', schema: z.record(z.string(), z.unknown()), description: 'the rulebook' },
    errors: [400, ...authenticated, 404],
  },
  {
    method: 'post',
    path: '/rulebooks/evaluate',
    tag: 'rulebooks',
    summary: 'Evaluate facts given in full, as of a date',
    body: { name: 'EvaluateBody', schema: EvaluateBody },
    response: { status: 200, name: 'EvaluationResult', schema: EvaluationResult, description: 'what the rules say' },
    errors: [400, ...authenticated],
  },
  {
    method: 'get',
    path: '/health/live',
    tag: 'health',
    summary: 'The process is up',
    auth: false,
    response: { status: 200, name: 'Live', schema: z.object({ ok: z.boolean() }), description: 'up' },
    errors: [],
  },
  {
    method: 'get',
    path: '/health/ready',
    tag: 'health',
    summary: 'Temporal and Postgres both answer',
    description: 'Why a dependency is down (`error`) is shown to an admin token only.',
    auth: false,
    response: {
      status: 200,
      name: 'Ready',
      schema: z.object({ ok: z.boolean(), temporal: z.object({ ok: z.boolean(), error: z.string().optional() }), postgres: z.object({ ok: z.boolean(), error: z.string().optional() }) }),
      description: 'ready (503 with the same body when a dependency is down)',
    },
    errors: [503],
  },
  {
    method: 'post',
    path: '/health/chain',
    tag: 'health',
    summary: 'The whole chain: API → Temporal → worker activity → Postgres (admin)',
    auth: { roles: ['admin'] },
    response: { status: 200, name: 'EngineCheck', schema: z.object({ id: z.string(), workerIdentity: z.string() }).loose(), description: 'the row the activity wrote' },
    errors: [...authenticated, 403],
  },
  {
    method: 'get',
    path: '/tokens',
    tag: 'tokens',
    summary: 'Every API token: whose, when it expires, when it was last used, whether revoked (admin)',
    auth: { roles: ['admin'] },
    query: TokensQuery,
    response: { status: 200, name: 'TokenList', schema: TokenList, description: 'the tokens, newest first; never a token or its hash' },
    errors: [400, ...authenticated, 403],
  },
];

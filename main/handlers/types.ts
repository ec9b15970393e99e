import type { AnyMethods, ParsedArgsOf, ResultOf } from '../../core/api/define.js';
import type { HandlerContext } from './context.js';

/** The implementations of one slice of the API contract, typed from its declarations. */
export type Handlers<M extends AnyMethods> = {
  [K in keyof M]: (ctx: HandlerContext, args: ParsedArgsOf<M[K]>) => ResultOf<M[K]> | Promise<ResultOf<M[K]>>;
};

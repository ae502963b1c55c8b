/**
 * A service refuses a field in English (`quantity must not be less than 1`). The console says the
 * same in Chinese: the services' wordings are a closed set (class-validator's messages, the
 * platform's input guard, the DTOs' own messages), each matched here. A wording not matched keeps
 * its English; `infra/console/field-reasons.spec.ts` fails when a service can say one.
 */

/** What a reason says of its field, after the field's name. */
const PREDICATES: ReadonlyArray<readonly [RegExp, (...groups: string[]) => string]> = [
  [/^should not exist$/, () => '不允许此字段'],
  [/^(?:is required|should not be null or undefined)$/, () => '必填'],
  [/^should not be empty$/, () => '不能为空'],
  [/^must be a string$/, () => '必须是文本'],
  [/^must be an integer number$/, () => '必须是整数'],
  [/^must be a number conforming to the specified constraints$/, () => '必须是数字'],
  [/^must be a boolean value$/, () => '必须是“是”或“否”'],
  [/^must be an array$/, () => '必须是列表'],
  [/^must be (?:an object|either object or array)$/, () => '必须是对象'],
  [/^must be a JSON object$/, () => '必须是 JSON 对象'],
  [/^must be a UUID$/, () => '必须是 UUID'],
  [/^must be a URL address$/, () => '必须是网址'],
  [/^must be a valid ISO 8601 date string$/, () => '必须是 ISO 8601 日期或时间'],
  [/^must not be less than (\S+)$/, (n) => `不能小于 ${n}`],
  [/^must not be greater than (\S+)$/, (n) => `不能大于 ${n}`],
  [
    /^must be longer than or equal to (\d+) and shorter than or equal to (\d+) characters$/,
    (n, m) => `须为 ${n} 至 ${m} 个字符`,
  ],
  [/^must be longer than or equal to (\d+) characters$/, (n) => `不能少于 ${n} 个字符`],
  [/^must be shorter than or equal to (\d+) characters$/, (n) => `不能超过 ${n} 个字符`],
  [/^must be at most (\d+) characters$/, (n) => `不能超过 ${n} 个字符`],
  [/^must contain at least (\d+) elements$/, (n) => `至少 ${n} 项`],
  [/^must contain no more than (\d+) elements$/, (n) => `最多 ${n} 项`],
  [/^must be one of the following values: (.*)$/s, (values) => `必须是以下之一：${values}`],
  [/^must match (.*) regular expression$/s, (pattern) => `格式不符合要求（${pattern}）`],
  [/^must not contain a NUL character$/, () => '不能包含 NUL 字符'],
  [
    /^must not contain an unpaired surrogate \(not valid Unicode\)$/,
    () => '不能包含不成对的代理字符（不是有效的 Unicode）',
  ],
  [/^must not contain the control character (U\+[0-9A-F]{4})$/, (c) => `不能包含控制字符 ${c}`],
  [/^must be a number between (\S+) and (\S+)$/, (a, b) => `必须是 ${a} 至 ${b} 之间的数字`],
  [/^must not nest deeper than (\d+) levels$/, (n) => `嵌套不能超过 ${n} 层`],
  [/^must be a branch code(?: \(2-8 capital letters\))?$/, () => '必须是分公司代码（2–8 个大写字母）'],
  [
    /^must be a branch code \((\d+)-(\d+) capital letters or digits\)$/,
    (a, b) => `必须是分公司代码（${a}–${b} 个大写字母或数字）`,
  ],
  [
    /^must be a department code \(a lower-case letter, then lower-case letters, digits and -, at most (\d+)\)$/,
    (n) => `必须是部门代码（小写字母开头，只含小写字母、数字和 -，最多 ${n} 个字符）`,
  ],
  [
    /^must start with a letter or digit and hold letters, digits and (.+) only$/,
    (chars) => `必须以字母或数字开头，只能包含字母、数字和 ${chars}`,
  ],
  [
    /^must be customer, department:<code>, supplier:<id> or carrier:<id>$/,
    () => '必须是 customer、department:<部门代码>、supplier:<供应商编号> 或 carrier:<承运商编号>',
  ],
  [/^must be branch codes$/, () => '必须是分公司代码，多个以逗号分隔'],
  [/^must be (?:a date )?YYYY-MM-DD$/, () => '必须是日期，格式 YYYY-MM-DD'],
  [/^must (?:be YYYY-MM|look like 2026-03|be a month like 2026-03)$/, () => '必须是月份，如 2026-03'],
  [/^must be an ISO 4217 code$/, () => '必须是 ISO 4217 币种代码，如 CNY'],
  [/^must be digits, spaces, \+, -, \( \)$/, () => '只能包含数字、空格、+、-、( )'],
  [/^must be six digits$/, () => '必须是六位数字'],
  [
    /^may hold letters, digits and (.+?) only(?: \(at most (\d+)\))?$/,
    (chars, n) => `只能包含字母、数字和 ${chars}${n ? `（最多 ${n} 个字符）` : ''}`,
  ],
  [
    /^must be the 64 lower-case hex digits of the content hash$/,
    () => '必须是内容哈希值的 64 位小写十六进制数字',
  ],
  [/^must be an instant with its time zone, e\.g\. (\S+)$/, (example) => `必须是带时区的时间，如 ${example}`],
  [/^must be a log position \(a whole number\)$/, () => '必须是日志位置（整数）'],
  [/^must be the next cursor of an earlier page$/, () => '必须是前一页给出的下一页游标'],
];

/** How a reason names its field: `quantity …`, `each value in tags …`, `property x …`. */
const NAMED = /^(each value in |each of |nested property |property )?(\S+) (.+)$/s;
/** A refused name itself: `property name …`, `parameter name …`. */
const NAMELESS = /^(property name|parameter name) (.+)$/s;

const SUBJECT_ZH: Readonly<Record<string, string>> = {
  'each value in ': '每一项',
  'each of ': '每一项',
  'property name': '字段名',
  'parameter name': '参数名',
};

/** The subject (how the field is named) and what is said of it. */
function parts(reason: string): { subject: string; predicate: string } | undefined {
  const nameless = NAMELESS.exec(reason);
  if (nameless) return { subject: nameless[1], predicate: nameless[2] };
  const named = NAMED.exec(reason);
  return named ? { subject: named[1] ?? '', predicate: named[3] } : undefined;
}

/** The reason in Chinese, or undefined when its wording is not one the console knows. */
export function fieldReasonZh(reason: string): string | undefined {
  const said = parts(reason);
  if (!said) return undefined;
  for (const [pattern, say] of PREDICATES) {
    const match = pattern.exec(said.predicate);
    if (match) return `${SUBJECT_ZH[said.subject] ?? ''}${say(...match.slice(1))}`;
  }
  return undefined;
}

export interface FieldRefusal {
  readonly field: string;
  readonly reason: string;
}

/** A refused field's reason in the user's language (English where the console has no Chinese). */
export function fieldReason(lang: 'zh' | 'en', { reason }: FieldRefusal): string {
  return lang === 'zh' ? (fieldReasonZh(reason) ?? reason) : reason;
}

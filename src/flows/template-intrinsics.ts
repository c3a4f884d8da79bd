/**
 * Resolving the intrinsic functions of a synthesized CloudFormation template (`Ref`,
 * `Fn::GetAtt`, `Fn::Join`, `Fn::Sub`…) offline. What a `Ref` or `Fn::GetAtt` stands for is the
 * subclass's choice: the diff writes labels (`Queue: Support`), the simulator fake ARNs.
 */

function isPlainObject(value: unknown): value is { [key: string]: any } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Resolves every intrinsic in a value of one template. */
export abstract class TemplateIntrinsics {
  protected readonly resources: { [id: string]: any };

  constructor(protected readonly template: any) {
    this.resources = isPlainObject(template?.Resources) ? template.Resources : {};
  }

  /** The value of `Ref` for a logical ID, parameter or pseudo parameter. */
  public abstract ref(name: string): any;

  /** The value of `Fn::GetAtt`. */
  public abstract getAtt(logicalId: string, attribute: string): any;

  /** Resolve every intrinsic in a value. */
  public resolve(value: any): any {
    if (Array.isArray(value)) return value.map((v) => this.resolve(v));
    if (!isPlainObject(value)) return value;
    const keys = Object.keys(value);
    if (keys.length === 1) {
      const arg = value[keys[0]];
      switch (keys[0]) {
        case 'Ref': return this.ref(String(arg));
        case 'Fn::GetAtt': {
          const [id, ...attr] = Array.isArray(arg) ? arg.map(String) : String(arg).split('.');
          return this.getAtt(id, attr.join('.'));
        }
        case 'Fn::Join': {
          if (!Array.isArray(arg)) return '';
          const list = this.resolve(arg[1]);
          return (Array.isArray(list) ? list : [list]).filter((x) => x !== undefined)
            .map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(String(arg[0]));
        }
        case 'Fn::Sub': return this.sub(arg);
        case 'Fn::Select': {
          const list = Array.isArray(arg) ? this.resolve(arg[1]) : undefined;
          return Array.isArray(list) ? list[Number(this.resolve(arg[0]))] : undefined;
        }
        case 'Fn::Split': {
          const s = Array.isArray(arg) ? this.resolve(arg[1]) : undefined;
          return typeof s === 'string' ? s.split(String(arg[0])) : [];
        }
        case 'Fn::ImportValue': return this.importValue(this.resolve(arg));
        case 'Fn::GetAZs': return this.availabilityZones();
        case 'Fn::If': return Array.isArray(arg) ? this.resolve(arg[1]) : undefined;
        case 'Fn::Base64': return this.resolve(arg);
        case 'Fn::ToJsonString': return JSON.stringify(this.resolve(arg));
        case 'Fn::FindInMap': {
          const [map, top, second] = this.resolve(arg);
          return this.template.Mappings?.[map]?.[top]?.[second];
        }
        default:
      }
    }
    const out: { [k: string]: any } = {};
    for (const k of keys) out[k] = this.resolve(value[k]);
    return out;
  }

  /** A flow's or module's `Content`, resolved and parsed: the document, or why it could not be read. */
  public flowContent(content: any): { document?: any; contentError?: string } {
    const text = this.resolve(content);
    if (typeof text !== 'string') return { contentError: 'Content does not resolve to a string' };
    try {
      return { document: JSON.parse(text) };
    } catch (e) {
      return { contentError: `Content is not valid JSON: ${(e as Error).message}` };
    }
  }

  /** The value of `Fn::ImportValue` of an export name. */
  protected importValue(name: any): any {
    return `imported:${name}`;
  }

  /** The value of `Fn::GetAZs`. */
  protected availabilityZones(): string[] {
    return [];
  }

  /** `Fn::Sub`: `${Name}`, `${Resource.Attribute}`, `${!Literal}` and the variables given. */
  private sub(arg: any): string {
    const [text, vars] = Array.isArray(arg) ? [String(arg[0]), arg[1] ?? {}] : [String(arg), {}];
    return text.replace(/\$\{(!?)([^}]*)\}/g, (_m, bang: string, name: string) => {
      if (bang) return `\${${name}}`;
      if (Object.prototype.hasOwnProperty.call(vars, name)) return String(this.resolve(vars[name]));
      const dot = name.indexOf('.');
      if (dot > 0 && !name.startsWith('AWS::')) return String(this.getAtt(name.slice(0, dot), name.slice(dot + 1)));
      return String(this.ref(name));
    });
  }
}

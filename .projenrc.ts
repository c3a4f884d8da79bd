import { DependencyType, awscdk, javascript } from 'projen';

/** Minimum aws-cdk-lib this library supports (peer dependency floor, dev dependency pin). */
const CDK_VERSION = '2.220.0';

const project = new awscdk.AwsCdkConstructLibrary({
  name: 'cdk-contact-center',
  description: 'Amazon Connect contact centers as code: typed constructs, flows built in code and checked at synth, and an offline flow simulator.',
  author: 'cdk-contact-center maintainers',
  authorAddress: 'maintainers@cdk-contact-center.dev',
  repositoryUrl: 'https://github.com/cdk-contact-center/cdk-contact-center.git',
  keywords: ['cdk', 'aws-cdk', 'amazon-connect', 'contact-center', 'ivr', 'contact-flow'],
  license: 'Apache-2.0',
  cdkVersion: CDK_VERSION,
  constructsVersion: '10.5.1',
  defaultReleaseBranch: 'main',
  jsiiVersion: '~5.9.0',
  typescriptVersion: '~5.9.0',
  minNodeVersion: '20.0.0',
  packageManager: javascript.NodePackageManager.NPM,
  projenrcTs: true,
  // CI is `.ci/run`; releases are cut by hand.
  github: false,
  release: false,
  depsUpgrade: false,
  pullRequestTemplate: false,

  publishToPypi: {
    distName: 'cdk-contact-center',
    module: 'cdk_contact_center',
  },
  publishToMaven: {
    javaPackage: 'io.github.cdkcontactcenter',
    mavenGroupId: 'io.github.cdkcontactcenter',
    mavenArtifactId: 'cdk-contact-center',
  },
  publishToNuget: {
    dotNetNamespace: 'CdkContactCenter',
    packageId: 'CdkContactCenter',
  },
  publishToGo: {
    moduleName: 'github.com/cdk-contact-center/cdk-contact-center-go',
  },

  devDeps: [
    '@aws-sdk/client-connect',
    // diff --deployed: the stack's resources (bundled into assets/cli-aws, not a library dependency).
    '@aws-sdk/client-cloudformation@^3.1136.0',
    // Duplicate-callback check of QueueWithCallback (bundled into its handler).
    '@aws-sdk/client-dynamodb@^3.1136.0',
    // SMS confirmations of the order-status example (bundled into its handler).
    '@aws-sdk/client-sns@^3.1136.0',
    '@types/aws-lambda',
    'aws-sdk-client-mock',
    'cdk-nag@^2.38.2',
    'esbuild',
    // Integration snapshots (the newest alpha the registry serves that fits CDK_VERSION).
    '@aws-cdk/integ-tests-alpha@2.214.0-alpha.0',
    '@aws-cdk/integ-runner@^2.197.10',
    'ts-node',
    // Name matching in the directory handlers (bundled into the handlers, not library dependencies).
    'double-metaphone',
    'fastest-levenshtein',
    // Property-based tests of the handlers (test/lambda/fuzz-*.test.ts).
    'fast-check',
    // The AWS Construct Library's API linter, run on the assembly after every compile (awslint.json).
    // Its 'latest' tag (2.72.1) still checks for the v1 type names (@aws-cdk/core.Duration): the
    // v2 builds, published as alphas, check aws-cdk-lib's.
    'awslint@2.262.2-alpha.0',
  ],
  // Handlers are bundled with esbuild at build time; see lambda-src/.
  lambdaAutoDiscover: false,
  integrationTestAutoDiscover: false,

  tsconfigDev: {
    include: ['../lambda-src/**/*.ts', '../cli-aws/**/*.ts', '../examples/**/*.ts', '../bench/**/*.ts'],
    compilerOptions: {},
  },
  jestOptions: {
    // jest 30 resolves modules with native bindings that the registry mirror lacks for other platforms.
    jestVersion: '^29',
    updateSnapshot: javascript.UpdateSnapshot.NEVER,
    jestConfig: {
      // Every core (jest's default leaves one idle: on a 2-core CI machine, a single worker).
      maxWorkers: '100%',
      testPathIgnorePatterns: ['/node_modules/', '/cdk.out/'],
      coveragePathIgnorePatterns: ['/node_modules/', '/test/'],
    },
  },
  gitignore: ['cdk.out/', '.ci-check/', 'examples/cdk.out/', '.readme-blocks/', '.jsii.tabl.json', '.newest-cdk/', '.api-baseline/'],
  bin: {
    'cdk-contact-center': 'bin/cdk-contact-center',
  },
});

for (const ignored of ['/examples/', '/bench/', '/lambda-src/', '/cli-aws/', '/.ci/', '/cdk.out/', '/.readme-blocks/', '/scripts/', '/rosetta/', '/.newest-cdk/', '/api/', '/.api-baseline/']) {
  project.addPackageIgnore(ignored);
}

// eslint-import-resolver-typescript 4 resolves with native bindings that the registry mirror lacks
// for other platforms (npm ci then rejects the lock file): stay on 3.6.
project.deps.addDependency('eslint-import-resolver-typescript@~3.6.3', DependencyType.BUILD);

// ts-jest compiles test files one by one without type checking: type-check tests, examples and
// benchmarks as a whole first.
project.testTask.prependExec('tsc --noEmit -p test/tsconfig.json');

// Every public type and member is documented, every optional prop says its default.
project.postCompileTask.exec('node scripts/check-api-docs.js');

// The public API stays compatible with the committed baseline assembly (api/baseline.jsii.gz):
// jsii-diff, offline; a breaking change is deliberate and listed in api/allowed-breaking-changes.txt.
project.postCompileTask.exec('node scripts/check-api-compat.js');

// The AWS Construct Library's API conventions (awslint: Duration for times, documented props…), 0
// errors; exclusions only in api/awslint.json, each with its reason.
project.postCompileTask.exec('node scripts/run-awslint.js');

// jsii's reserved-word warnings are silenced only where the bindings cannot collide (a member name
// Go and C# capitalize); any other reserved name fails here.
project.postCompileTask.exec('node scripts/check-reserved-words.js');

// Every language: the README's and the API's examples compile under jsii-rosetta --strict (fixtures
// in rosetta/) and are translated; the four bindings are generated and compiled where the machine can.
const bindings = project.addTask('bindings', {
  description: 'Translate every example (rosetta --strict), generate the Python, Java, .NET and Go bindings and compile what this machine can',
});
bindings.exec('jsii-rosetta extract --strict');
bindings.exec('bash scripts/check-bindings.sh');
project.postCompileTask.spawn(bindings);

// Integration tests (test/integ.*.ts): synthesized and compared with their committed snapshots,
// without deploying. Refresh a snapshot with `npx projen integ:update`.
const integArgs = '--directory test --language typescript --app "ts-node --project test/tsconfig.json {filePath}"';
const integ = project.addTask('integ', {
  description: 'Check the integration test snapshots (no deployment)',
  exec: `integ-runner ${integArgs}`,
});
project.addTask('integ:update', {
  description: 'Re-synthesize the integration test snapshots (no deployment)',
  exec: `integ-runner ${integArgs} --dry-run --update-on-failed --force`,
});
project.testTask.spawn(integ);

// The version-dependent suites (synthesis, cdk-nag, cfn-lint) also run against the newest aws-cdk-lib set
// this project has tested, pinned with its own lock file in scripts/newest-cdk/, so a test run never
// depends on what the registry serves that day.
const testNewestCdk = project.addTask('test:newest-cdk', {
  description: 'Run the version-dependent suites against the newest tested aws-cdk-lib set (pinned in scripts/newest-cdk)',
  exec: 'bash scripts/test-other-cdk.sh newest-tested',
  receiveArgs: true,
});
project.testTask.spawn(testNewestCdk);
// Not part of the tests: asks the registry for the latest aws-cdk-lib, constructs and cdk-nag 2 and
// runs the same suites against them (`--all` for every suite but the handlers'), then reports.
project.addTask('test:latest-cdk', {
  description: 'Run the version-dependent suites against the latest aws-cdk-lib release on the registry and report (not part of the tests)',
  exec: 'bash scripts/test-other-cdk.sh latest',
  receiveArgs: true,
});

// `package` (part of `build`) produces only the npm package, with or without CI set, so the README's
// `npx projen build` needs nothing but Node.js. The other registries' packages need their toolchains
// (Java + Maven Central, Python, .NET, Go): release machines run `npx projen package:release`.
const packageJs = project.tasks.tryFind('package:js')!;
project.packageTask.reset();
project.packageTask.spawn(packageJs);
project.addTask('package:release', {
  description: 'Package for every registry (npm, PyPI, Maven, NuGet, Go); needs the Java, Python, .NET and Go toolchains',
}).spawn(project.tasks.tryFind('package-all')!);

// The command must work from the packed tarball, as users install it.
project.packageTask.exec('bash scripts/check-packed-cli.sh');

// The README's Quick start, run exactly as written from the packed tarball in a fresh directory.
// It installs from the npm registry, so it is not part of `test` or `build`: run it on demand after
// `npx projen compile && npx projen package:js`, and when the versions it pins move.
project.addTask('test:quickstart', {
  description: 'Run the README Quick start as written, in a fresh directory, from dist/js/*.tgz (not part of the build)',
  exec: 'node scripts/test-quickstart.js',
});

// Reference app: synthesize examples/ and print a per-stack summary (no AWS credentials needed).
// It compiles the library first so that `npx cdk-contact-center` works on the result right away.
const synthExample = project.addTask('synth:example', {
  description: 'Synthesize the reference app in examples/ to cdk.out and print a summary per stack',
});

// Lambda handlers (lambda-src/<handler>/index.ts) are bundled with esbuild into assets/<handler>/index.js,
// which the npm package ships: consumers need neither Docker nor esbuild.
const bundle = project.addTask('bundle', {
  description: 'Bundle the Lambda handlers in lambda-src/ into assets/',
  exec: 'node scripts/bundle-handlers.js',
});
project.preCompileTask.spawn(bundle);
project.testTask.prependSpawn(bundle);
project.gitignore.exclude('/assets/');

// Every example app (examples/registry.ts): synthesized into cdk.out/, and their scenarios run through
// `cdk-contact-center test` against their templates (ends with the runner's `N passed, N failed` line).
// The reference app's handlers are the bundles in assets/: bundle them, then compile (for the CLI).
synthExample.spawn(bundle);
synthExample.spawn(project.compileTask);
synthExample.exec('ts-node --project test/tsconfig.json examples/main.ts');
const synthExamples = project.addTask('synth:examples', { description: 'Synthesize every example app in examples/ into cdk.out/' });
synthExamples.spawn(bundle);
synthExamples.exec('ts-node --project test/tsconfig.json examples/app.ts');
const testExamples = project.addTask('test:examples', { description: 'Synthesize every example app and run its scenarios through `cdk-contact-center test`' });
testExamples.spawn(bundle);
testExamples.exec('ts-node --project test/tsconfig.json examples/app.ts --test');
// double-metaphone is published as an ES module only: jest (CommonJS) gets it through esbuild.
const packageJson = project.tryFindObjectFile('package.json');
packageJson?.addOverride('jest.transform./node_modules/double-metaphone/', '<rootDir>/scripts/jest-esm-transform.js');
packageJson?.addOverride('jest.transformIgnorePatterns', ['/node_modules/(?!double-metaphone/)']);
packageJson?.addOverride('jest.globalSetup', '<rootDir>/scripts/jest-global-setup.js');

// Name-matching benchmark: `npm run -s bench:names -- --data FILE`.
project.addTask('bench:names', {
  description: 'Name-matching accuracy and latency of the directory lookup over a data file',
  exec: 'ts-node --transpile-only --project test/tsconfig.json bench/names.ts',
  receiveArgs: true,
});

project.synth();

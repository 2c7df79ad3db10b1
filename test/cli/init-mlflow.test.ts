/**
 * `modelgate init` on MLflow model folders: the artifacts are the files the MLmodel descriptor has
 * MLflow load (by each flavor's own key), not MLmodel, conda.yaml, python_env.yaml,
 * requirements.txt, the input examples or registered_model_meta; and `check` then judges the
 * security scan against them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { makeRepo } from '../helpers/repo.js';

const RUN = '3f2a9c1d8e7b4a6f9c0d1e2f3a4b5c6d';

/** An MLmodel as mlflow 2.9 writes it, with `flavors` given as YAML lines. */
const mlmodel = (flavors: string) => `artifact_path: model
flavors:
${flavors}
mlflow_version: 2.9.2
model_size_bytes: 1873
model_uuid: 9d5a0c3e7f1b4e2a8c6d4b2a1e0f9c8d
run_id: ${RUN}
utc_time_created: '2024-01-01 10:00:00.000000'
`;

const SKLEARN = mlmodel(`  python_function:
    env:
      conda: conda.yaml
      virtualenv: python_env.yaml
    loader_module: mlflow.sklearn
    model_path: model.pkl
    predict_fn: predict
    python_version: 3.10.12
  sklearn:
    code: null
    pickled_model: model.pkl
    serialization_format: cloudpickle
    sklearn_version: 1.3.2`);

/** What mlflow.<flavor>.save_model writes beside the model and MLmodel. */
const environment = (folder: string) => ({
  [`${folder}/conda.yaml`]: 'channels:\n- conda-forge\ndependencies:\n- python=3.10.12\n- pip:\n  - mlflow==2.9.2\nname: mlflow-env\n',
  [`${folder}/python_env.yaml`]: 'python: 3.10.12\nbuild_dependencies:\n- pip==23.3.1\ndependencies:\n- -r requirements.txt\n',
  [`${folder}/requirements.txt`]: 'mlflow==2.9.2\nscikit-learn==1.3.2\n',
  [`${folder}/input_example.json`]: '{"columns": ["tenure"], "data": [[12.0]]}',
  [`${folder}/serving_input_example.json`]: '{"dataframe_split": {"columns": ["tenure"], "data": [[12.0]]}}',
  [`${folder}/registered_model_meta`]: 'name: churn-classifier\nversion: "1"\n',
});

/** A clean modelscan report of `files` in the folder `input`. */
const modelscan = (input: string, files: string[]) =>
  JSON.stringify({
    summary: { total_issues_by_severity: { LOW: 0, MEDIUM: 0, HIGH: 0, CRITICAL: 0 }, total_issues: 0, input_path: input, absolute_path: `/home/runner/work/churn/churn/${input}`, modelscan_version: '0.8.6', timestamp: '2024-01-02T09:14:03.512877', scanned: { total_scanned: files.length, scanned_files: files } },
    issues: [],
    errors: [],
  });

async function initModel(files: Record<string, string>, folder: string) {
  const root = makeRepo({ '.git/HEAD': 'x', ...files });
  const run = await cli(['init', folder], root);
  expect(run.code).toBe(0);
  return { root, stdout: run.stdout, manifest: parse(fs.readFileSync(path.join(root, folder, 'ai-system.yaml'), 'utf8')) };
}

describe('modelgate init: an MLflow model folder', () => {
  it('lists the pickle mlflow.sklearn.save_model wrote, not MLmodel or the files beside it, and says why', async () => {
    const { stdout, manifest } = await initModel({ 'model/MLmodel': SKLEARN, 'model/model.pkl': 'x', ...environment('model') }, 'model');
    expect(manifest.artifacts).toEqual([{ path: 'model.pkl' }]);
    expect(stdout).toContain('  MLflow model MLmodel (flavors: python_function, sklearn), which loads model.pkl: the model is that, not MLmodel or the environment files beside it\n');
    expect(stdout).toContain('  model file model.pkl (listed in artifacts: remove any the system does not ship)\n');
    expect(stdout).not.toMatch(/MLmodel,|conda\.yaml|requirements\.txt|input_example|registered_model_meta/);
  });

  it("lists the weights in a flavor's folder (mlflow.pytorch's data/), not the loader's notes beside them", async () => {
    const pytorch = mlmodel(`  python_function:
    data: data
    env:
      conda: conda.yaml
      virtualenv: python_env.yaml
    loader_module: mlflow.pytorch
    pickle_module_name: mlflow.pytorch.pickle_module
    python_version: 3.10.12
  pytorch:
    code: null
    model_data: data
    pytorch_version: 2.1.2`);
    const { manifest } = await initModel({ 'models/cnn/MLmodel': pytorch, 'models/cnn/data/model.pth': 'x', 'models/cnn/data/pickle_module_info.txt': 'mlflow.pytorch.pickle_module', ...environment('models/cnn') }, 'models/cnn');
    expect(manifest.artifacts).toEqual([{ path: 'data/model.pth' }]);
  });

  // Named as no model's file (.lgb, .statsmodels), found only by what MLmodel says.
  it.each([
    ['lightgbm', 'model.lgb'],
    ['statsmodels', 'model.statsmodels'],
    ['xgboost', 'model.xgb'],
  ])('lists the file the %s flavor loads, whatever its name', async (flavor, file) => {
    const { manifest } = await initModel({ 'm/MLmodel': mlmodel(`  ${flavor}:\n    code: null\n    data: ${file}\n  python_function:\n    data: ${file}\n    loader_module: mlflow.${flavor}`), [`m/${file}`]: 'x', ...environment('m') }, 'm');
    expect(manifest.artifacts).toEqual([{ path: file }]);
  });

  it("lists a custom pyfunc's python_model.pkl and the artifacts it names", async () => {
    const pyfunc = mlmodel(`  python_function:
    artifacts:
      encoder:
        path: artifacts/encoder.joblib
        uri: /tmp/encoder.joblib
    cloudpickle_version: 3.0.0
    code: null
    loader_module: mlflow.pyfunc.model
    python_model: python_model.pkl
    python_version: 3.10.12`);
    const { manifest } = await initModel({ 'm/MLmodel': pyfunc, 'm/python_model.pkl': 'x', 'm/artifacts/encoder.joblib': 'x', ...environment('m') }, 'm');
    expect(manifest.artifacts).toEqual([{ path: 'artifacts/encoder.joblib' }, { path: 'python_model.pkl' }]);
  });

  // A descriptor is text the repository controls: a path out of the folder names nothing.
  it('takes no path that climbs out of the folder, and lists MLmodel as before when its flavors name nothing there', async () => {
    const { manifest, stdout } = await initModel({ 'm/MLmodel': mlmodel('  sklearn:\n    pickled_model: ../../elsewhere/model.pkl'), 'elsewhere/model.pkl': 'x', 'm/conda.yaml': 'name: x\n' }, 'm');
    expect(manifest.artifacts).toEqual([{ path: 'MLmodel' }]);
    expect(stdout).not.toContain('MLflow model');
  });

  // An MLflow project: mlruns/ holds each run's records and a copy of every model it logged.
  it("reads no mlruns/ (MLflow's tracking store) and says so: the exported model is what ships", async () => {
    const run = `projects/churn/mlruns/0/${RUN}`;
    const { stdout, manifest } = await initModel(
      {
        'projects/churn/MLproject': 'name: churn\nentry_points:\n  main:\n    command: python train.py\n',
        'projects/churn/model/MLmodel': SKLEARN,
        'projects/churn/model/model.pkl': 'x',
        ...environment('projects/churn/model'),
        [`${run}/meta.yaml`]: `artifact_uri: file:///home/ana/churn/mlruns/0/${RUN}/artifacts\nexperiment_id: '0'\nrun_id: ${RUN}\nstatus: 3\n`,
        [`${run}/metrics/accuracy`]: '1704103500000 0.8412 0\n',
        [`${run}/artifacts/model/MLmodel`]: SKLEARN,
        [`${run}/artifacts/model/model.pkl`]: 'x',
        'projects/churn/mlruns/models/churn-classifier/version-1/meta.yaml': `name: churn-classifier\nrun_id: ${RUN}\nversion: 1\n`,
      },
      'projects/churn',
    );
    expect(manifest.artifacts).toEqual([{ path: 'model/model.pkl' }]);
    expect(stdout).toContain("  mlruns/ not read: MLflow's tracking store (each run's records, and a copy of each model it logged), not what the system ships; the model it ships is the one exported (mlflow.<flavor>.save_model) or registered\n");
    expect(stdout).not.toContain('mlruns/0');
  });

  // New user: `init .` in an MLflow project was refused with an example folder the project does not have.
  it("refused at a project's root, names the folder of the exported model, not mlruns/", async () => {
    const root = makeRepo({ '.git/HEAD': 'x', 'README.md': '# Churn prediction\n', MLproject: 'name: churn\n', 'model/MLmodel': SKLEARN, 'model/model.pkl': 'x', [`mlruns/0/${RUN}/artifacts/model/MLmodel`]: SKLEARN, [`mlruns/0/${RUN}/artifacts/model/model.pkl`]: 'x' });
    const { code, stderr } = await cli(['init', '.'], root);
    expect(code).toBe(2);
    expect(stderr).toContain("Run modelgate init <model-folder>, the folder of the model's card and files (the model files here are in model: e.g. modelgate init model)");
  });

  it('init → check: the scan of the exported model covers what init listed', async () => {
    const { root } = await initModel({ 'model/MLmodel': SKLEARN, 'model/model.pkl': 'x', ...environment('model'), 'model/modelscan.json': modelscan('model', ['model.pkl']) }, 'model');
    const { stdout } = await cli(['check', '--format', 'json'], root);
    const { findings } = JSON.parse(stdout) as { findings: Array<{ ruleId: string; status: string; message: string }> };
    expect(findings.filter((f) => f.ruleId.startsWith('security/') && f.status === 'fail').map((f) => f.message)).toEqual([]);
    expect(findings.find((f) => f.ruleId === 'security/scan-covers-artifacts')?.status).toBe('pass');
  });
});

// In Restricted Mode, the project-configuration tests of the main suite check that the workspace's
// .proposal-tone.json has no effect (they branch on vscode.workspace.isTrusted).
import '../suite/project-config.test';

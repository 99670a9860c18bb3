using Analysis.Benchmarks.Inputs;
using Analysis.Benchmarks.Reporting;
using BenchmarkDotNet.Running;

// The child processes BenchmarkDotNet starts inherit the environment: naming the seeds folder here means
// they find it whatever their working directory.
Environment.SetEnvironmentVariable(SeedFolder.EnvironmentVariable, SeedFolder.Locate());
BenchmarkSwitcher.FromAssembly(typeof(SeedFolder).Assembly).Run(args, BenchmarkConfig.Create());

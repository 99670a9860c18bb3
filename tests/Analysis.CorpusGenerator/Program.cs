using Analysis.CorpusGenerator;

return GeneratorCommand.Run(args);

using Analysis.Briefing;

return BriefingCommand.Run(args, Console.Out, Console.Error);

using Analysis.Briefing;

return BriefingCommand.Create(Console.Out, Console.Error).Parse(args).Invoke();

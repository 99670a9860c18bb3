using Analysis.Briefing;

return BriefingCommand.Run(args);

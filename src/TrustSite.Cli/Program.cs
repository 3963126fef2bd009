using TrustSite.Cli;

// The console front end: everything it does is in CliApp, which tests call in-process.
return CliApp.Run(args, Console.Out, Console.Error, Environment.CurrentDirectory);

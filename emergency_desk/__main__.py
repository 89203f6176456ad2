from emergency_desk.cli import main

raise SystemExit(main())

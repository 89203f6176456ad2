from emergency_desk.launch import main

raise SystemExit(main())

grammar Gm;
program : EOF ;

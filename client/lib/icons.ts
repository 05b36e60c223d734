// The icons the screens use (lucide, ISC licence), bundled as SVG text.
import bot from 'lucide-static/icons/bot.svg?raw';
import check from 'lucide-static/icons/check.svg?raw';
import coins from 'lucide-static/icons/coins.svg?raw';
import download from 'lucide-static/icons/download.svg?raw';
import hand from 'lucide-static/icons/hand.svg?raw';
import info from 'lucide-static/icons/info.svg?raw';
import handshake from 'lucide-static/icons/handshake.svg?raw';
import lock from 'lucide-static/icons/lock.svg?raw';
import network from 'lucide-static/icons/network.svg?raw';
import pause from 'lucide-static/icons/pause.svg?raw';
import printer from 'lucide-static/icons/printer.svg?raw';
import sparkles from 'lucide-static/icons/sparkles.svg?raw';
import timer from 'lucide-static/icons/timer.svg?raw';
import users from 'lucide-static/icons/users.svg?raw';
import wifiOff from 'lucide-static/icons/wifi-off.svg?raw';
import zap from 'lucide-static/icons/zap.svg?raw';
import { TEAM_ICON_SVG } from '../board/textures.ts';

export const ICONS = { bot, check, coins, download, hand, handshake, info, lock, network, pause, printer, sparkles, timer, users, wifiOff, zap };

export const TOKEN_ICONS = { energie: zap, handen: hand, netwerk: network, geld: coins } as const;

export const teamIcon = (name: string) => TEAM_ICON_SVG[name as keyof typeof TEAM_ICON_SVG] ?? TEAM_ICON_SVG.star;

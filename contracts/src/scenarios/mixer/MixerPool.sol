// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title MixerPool
/// @notice A stand-in for a Tornado Cash 0.1 ETH pool, for the corpus: the
///         same entry points' shape and exactly Tornado's `Deposit` and
///         `Withdrawal` events, so detectors that recognise mixer funding by
///         address and event see what they would on mainnet. There is no
///         Merkle tree and no zk proof: a withdrawal only needs an unspent
///         nullifier hash (the pool is a corpus fixture, not a privacy tool).
/// @dev The backtest places this contract's RUNTIME code at the real pool's
///      address through the genesis allocation, so it must not rely on
///      constructor-initialised state: no immutables, no constructor, and the
///      reentrancy guard lives in transient storage.
contract MixerPool is ReentrancyGuardTransient {
    uint256 public constant denomination = 0.1 ether;

    uint32 public nextIndex;
    mapping(bytes32 commitment => bool) public commitments;
    mapping(bytes32 nullifierHash => bool) public nullifierHashes;

    event Deposit(bytes32 indexed commitment, uint32 leafIndex, uint256 timestamp);
    event Withdrawal(address to, bytes32 nullifierHash, address indexed relayer, uint256 fee);

    error WrongDenomination(uint256 value);
    error CommitmentExists(bytes32 commitment);
    error NoteSpent(bytes32 nullifierHash);
    error FeeTooHigh(uint256 fee);
    error PaymentFailed(address to);

    function deposit(bytes32 commitment) external payable nonReentrant {
        if (msg.value != denomination) revert WrongDenomination(msg.value);
        if (commitments[commitment]) revert CommitmentExists(commitment);
        commitments[commitment] = true;
        uint32 index = nextIndex;
        nextIndex = index + 1;
        emit Deposit(commitment, index, block.timestamp);
    }

    function withdraw(address payable recipient, bytes32 nullifierHash, address payable relayer, uint256 fee)
        external
        nonReentrant
    {
        if (fee > denomination) revert FeeTooHigh(fee);
        if (nullifierHashes[nullifierHash]) revert NoteSpent(nullifierHash);
        nullifierHashes[nullifierHash] = true;
        (bool ok,) = recipient.call{value: denomination - fee}("");
        if (!ok) revert PaymentFailed(recipient);
        if (fee > 0) {
            (ok,) = relayer.call{value: fee}("");
            if (!ok) revert PaymentFailed(relayer);
        }
        emit Withdrawal(recipient, nullifierHash, relayer, fee);
    }

    function isSpent(bytes32 nullifierHash) external view returns (bool) {
        return nullifierHashes[nullifierHash];
    }
}

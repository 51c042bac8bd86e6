package bench

import (
	"context"

	"github.com/ethereum/go-ethereum/ethclient"
	"gopkg.in/yaml.v3"

	"github.com/warden-dev/warden/config"
	"github.com/warden-dev/warden/devchain"
)

func ethclientFor(ctx context.Context, c *devchain.Chain) (*ethclient.Client, error) {
	return ethclient.DialContext(ctx, c.HTTPURL())
}

func setParams(d *config.Detector, params string) error {
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(params), &doc); err != nil {
		return err
	}
	d.Params = *doc.Content[0]
	return nil
}

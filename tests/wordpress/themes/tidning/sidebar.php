<?php
/**
 * Sidopanel. Utan aktiva widgetar visas standardblocken "Mest lästa" och "Senaste nytt".
 *
 * @package Tidning
 */
?>
<div class="td-pb-span4 td-main-sidebar" role="complementary">
	<div class="td-ss-main-sidebar">
		<?php
		if ( is_active_sidebar( 'td-default' ) ) {
			dynamic_sidebar( 'td-default' );
		} else {
			echo '<aside class="td_block_template_1 widget td_pb_widget">' . tidning_block_7( __( 'Mest lästa', 'tidning' ), 'popular', 5 ) . '</aside>'; // phpcs:ignore WordPress.Security.EscapeOutput
			echo '<aside class="td_block_template_1 widget td-a-rec-widget">' . tidning_get_ad( 'sidebar' ) . '</aside>'; // phpcs:ignore WordPress.Security.EscapeOutput
			echo '<aside class="td_block_template_1 widget td_pb_widget">' . tidning_block_7( __( 'Senaste nytt', 'tidning' ), 'latest', 5 ) . '</aside>'; // phpcs:ignore WordPress.Security.EscapeOutput
		}
		?>
	</div>
</div>

<?php
/**
 * Post Share
 *
 * @var array $args share_position: top | bottom | mobile
 */

defined( 'ABSPATH' ) || exit; // Exit if accessed directly

$share_position = ! empty( $args['share_position'] ) ? $args['share_position'] : 'bottom';

// Reset the main Post query
wp_reset_postdata();

if ( ! tie_get_option( 'share_post_' . $share_position ) || ! is_singular( 'post' ) ) {
	return;
}

$share_class = '';
$share_style = tie_get_option( 'share_style_' . $share_position, '' );

if ( 'mobile' === $share_position ) {
	$share_style = 'style_3';
}

if ( 'style_3' === $share_style ) {
	$share_class .= ' icons-only';
}

$counter       = 0;
$share_buttons = tie_get_share_buttons();
$active        = array();

foreach ( (array) tie_get_option( 'share_buttons', array() ) as $network ) {

	if ( empty( $share_buttons[ $network ] ) ) {
		continue;
	}

	$button = $share_buttons[ $network ];
	$counter++;

	// Buttons Style 1: the first two buttons are large with text
	if ( empty( $share_style ) ) {
		$button_class = ( $counter <= 2 ) ? ' large-share-button' : '';
		$text_class   = ( $counter <= 2 ) ? 'social-text' : 'screen-reader-text';
	} else {
		$button_class = '';
		$text_class   = 'screen-reader-text';
	}

	$active[] = '
				<a href="' . tie_share_button_url( $button['url'] ) . '" rel="external noopener nofollow" title="' . esc_attr( $button['text'] ) . '" target="_blank" class="' . $network . '-share-btn ' . $button_class . '" data-raw="' . esc_attr( $button['url'] ) . '">
					<span class="share-btn-icon ' . $button['icon'] . '"></span> <span class="' . $text_class . '">' . esc_html( $button['text'] ) . '</span>
				</a>';
}

if ( empty( $active ) ) {
	return;
}
?>

		<div id="share-buttons-<?php echo esc_attr( $share_position ); ?>" class="share-buttons share-buttons-<?php echo esc_attr( $share_position ); ?>">
			<div class="share-links <?php echo esc_attr( $share_class ); ?>">
				<?php
					if ( tie_get_option( 'share_title_' . $share_position ) ) { ?>
						<div class="share-title">
							<span class="tie-icon-share" aria-hidden="true"></span>
							<span> Dela</span>
						</div>
						<?php
					}

					echo implode( '', $active );
				?>
			</div><!-- .share-links /-->
		</div><!-- .share-buttons /-->

<?php
if ( 'mobile' === $share_position ) {
	echo '<div class="mobile-share-buttons-spacer"></div>';
}

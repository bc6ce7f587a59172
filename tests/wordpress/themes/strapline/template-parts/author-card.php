<?php
/**
 * Author info card on author archives.
 *
 * @package Strapline
 */

defined( 'ABSPATH' ) || exit;

$strapline_author = get_queried_object();
if ( ! $strapline_author instanceof WP_User ) {
	return;
}
?>

<div class="author-info card mb-4">
	<div class="card-body d-flex">
		<div class="flex-shrink-0">
			<?php echo get_avatar( $strapline_author->ID, 80, '', '', array( 'class' => 'rounded-circle' ) ); ?>
		</div>
		<div class="flex-grow-1 ms-3">
			<h2 class="h5 card-title mb-1"><?php echo esc_html( $strapline_author->display_name ); ?></h2>
			<?php if ( ! empty( $strapline_author->user_url ) ) : ?>
				<p class="small mb-1"><a href="<?php echo esc_url( $strapline_author->user_url ); ?>"><?php echo esc_html( $strapline_author->user_url ); ?></a></p>
			<?php endif; ?>
			<?php if ( ! empty( $strapline_author->description ) ) : ?>
				<p class="card-text mb-0"><?php echo wp_kses_post( $strapline_author->description ); ?></p>
			<?php endif; ?>
		</div>
	</div>
</div>

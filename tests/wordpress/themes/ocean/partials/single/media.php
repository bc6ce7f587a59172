<?php
/**
 * Utvald bild på enskilt inlägg.
 *
 * @package ocean
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

if ( ! has_post_thumbnail() || post_password_required() ) {
	return;
}

$ocean_caption = get_the_post_thumbnail_caption();
?>

<div class="thumbnail">

	<?php
	the_post_thumbnail(
		'full',
		array(
			'alt'      => the_title_attribute( array( 'echo' => false ) ),
			'itemprop' => 'image',
		)
	);
	?>

	<?php if ( $ocean_caption ) : ?>
		<div class="thumbnail-caption">
			<?php echo wp_kses_post( $ocean_caption ); ?>
		</div>
	<?php endif; ?>

</div><!-- .thumbnail -->

<?php
/**
 * Archives Layout - Default (thumbnail beside the text)
 *
 * @var array $args block settings
 */

defined( 'ABSPATH' ) || exit; // Exit if accessed directly

$block = isset( $args['block'] ) && is_array( $args['block'] ) ? $args['block'] : array();

?>

<li <?php tie_post_class( 'post-item' ); ?>>

	<?php
		// Get the post thumbnail
		if ( has_post_thumbnail() ) {
			tie_post_thumbnail( 'jannah-image-large', 'large', true );
		}
	?>

	<div class="post-details">

		<?php
			// Get the Post Meta info
			if ( ! empty( $block['post_meta'] ) ) {
				tie_the_post_meta();
			}
		?>

		<h2 class="post-title"><a href="<?php the_permalink(); ?>"><?php tie_the_title(); ?></a></h2>

		<?php
			if ( ! empty( $block['excerpt'] ) ) { ?>
				<p class="post-excerpt"><?php tie_the_excerpt( $block['excerpt_length'] ); ?></p>
				<?php
			}

			if ( ! empty( $block['read_more'] ) ) {
				echo tie_get_more_button();
			}
		?>
	</div>
</li>

<?php
/**
 * Widgets / "Check Also" post item
 *
 * @var array $args thumbnail, thumbnail_first, count, title_length
 */

defined( 'ABSPATH' ) || exit; // Exit if accessed directly

$args = isset( $args ) && is_array( $args ) ? $args : array();

$thumbnail    = ! empty( $args['thumbnail'] ) ? $args['thumbnail'] : 'jannah-image-small';
$title_length = ! empty( $args['title_length'] ) ? $args['title_length'] : '';

if ( ! empty( $args['thumbnail_first'] ) && isset( $args['count'] ) && 1 === (int) $args['count'] ) {
	$thumbnail = $args['thumbnail_first'];
}

$no_thumb = has_post_thumbnail() ? '' : 'no-small-thumbs';

?>

<li <?php tie_post_class( 'widget-single-post-item widget-post-list' ); ?>>

	<?php if ( has_post_thumbnail() ) { ?>
		<div class="post-widget-thumbnail">
			<?php tie_post_thumbnail( $thumbnail, false ); ?>
		</div><!-- post-alignleft /-->
	<?php } ?>

	<div class="post-widget-body <?php echo esc_attr( $no_thumb ); ?>">
		<a class="post-title the-subtitle" href="<?php the_permalink(); ?>"><?php tie_the_title( $title_length ); ?></a>

		<div class="post-meta">
			<?php tie_get_time(); ?>
		</div>
	</div>
</li>

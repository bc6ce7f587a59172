<?php
/**
 * Fly Box ("Check Also" slide-in box)
 */

defined( 'ABSPATH' ) || exit; // Exit if accessed directly

$posts_number     = (int) tie_get_option( 'check_also_number', 1 );
$check_also_query = new WP_Query( tie_get_related_posts_args( $posts_number ) );

if ( $check_also_query->have_posts() ) :

	$style_args  = array(
		'thumbnail'       => 'jannah-image-small',
		'thumbnail_first' => '',
		'count'           => 0,
		'title_length'    => '',
	);
	$block_class = 'widget';

	if ( 1 === $check_also_query->post_count ) {
		$style_args['thumbnail_first'] = 'jannah-image-large';
		$block_class .= ' posts-list-big-first has-first-big-post';
	}

	?>

	<div id="check-also-box" class="container-wrapper check-also-<?php echo esc_attr( tie_get_option( 'check_also_position', 'right' ) ); ?>">

		<div class="widget-title the-global-title">
			<div class="the-subtitle">Läs även</div>

			<a href="#" id="check-also-close" class="remove">
				<span class="screen-reader-text">Stäng</span>
			</a>
		</div>

		<div class="<?php echo esc_attr( $block_class ); ?>">
			<ul class="posts-list-items">

			<?php
				$do_not_duplicate = array();

				while ( $check_also_query->have_posts() ) {
					$style_args['count']++;

					$check_also_query->the_post();
					$do_not_duplicate[] = get_the_ID();

					get_template_part( 'templates/loops/loop', 'widgets', $style_args );
				}

				tie_single_post_do_not_dublicate( $do_not_duplicate );
			?>

			</ul><!-- .related-posts-list /-->
		</div>
	</div><!-- #related-posts /-->

	<?php
endif;

wp_reset_postdata();

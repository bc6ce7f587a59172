<?php
/**
 * Archives (the posts list of index, archive and search pages)
 */

defined( 'ABSPATH' ) || exit; // Exit if accessed directly

$block_args = array(
	'category_meta'  => true,
	'post_meta'      => true,
	'excerpt'        => true,
	'excerpt_length' => tie_get_option( 'archives_excerpt_length', 25 ),
	'read_more'      => true,
	'media_overlay'  => true,
	'title_length'   => 0,
	'is_full'        => false,
	'is_category'    => is_category(),
);

$settings = str_replace( '"', '\'', wp_json_encode( $block_args ) );
$count    = 0;

?>
		<div class="mag-box wide-post-box media-overlay">
			<div class="container-wrapper">
				<div class="mag-box-container clearfix">
					<ul id="posts-container" data-layout="default" data-settings="<?php echo esc_attr( $settings ); ?>" class="posts-items">
<?php
while ( have_posts() ) :
	the_post();

	$count++;

	get_template_part( 'templates/loops/loop', 'default', array(
		'block' => $block_args,
		'count' => $count,
	) );

endwhile;
?>
					</ul><!-- #posts-container /-->
					<div class="clearfix"></div>
				</div><!-- .mag-box-container /-->
			</div><!-- .container-wrapper /-->
		</div><!-- .mag-box /-->
